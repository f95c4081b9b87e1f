// Plain SQL statements for the merchant API's hot path (docs/decisions/0014-mint-performance.md):
// written as Prisma.sql (so values are always parameters) and sent straight to the driver adapter
// Prisma itself connected, skipping the client's per-call query planning, which cost more than the
// statements themselves. The same SQL runs on SQLite and PostgreSQL; rows come back with columns
// typed as the schema declares them (DateTime as Date, Boolean as boolean, numbers as numbers).
import "server-only";
import { ColumnTypeEnum, type ArgType, type SqlDriverAdapter, type SqlQuery, type SqlResultSet } from "@prisma/driver-adapter-utils";
import type { Prisma } from "../generated/prisma/client";
import { prisma, prismaAdapterFactory } from "../db";

/** Rows of a SELECT (or of an INSERT/UPDATE … RETURNING). */
export async function queryRows<T>(query: Prisma.Sql): Promise<T[]> {
  const adapter = await connectedAdapter();
  return rowsOf<T>(await adapter.queryRaw(toSqlQuery(query, adapter.provider)));
}

/** A statement without rows; the number of rows it changed. */
export async function executeStatement(query: Prisma.Sql): Promise<number> {
  const adapter = await connectedAdapter();
  return adapter.executeRaw(toSqlQuery(query, adapter.provider));
}

async function connectedAdapter(): Promise<SqlDriverAdapter> {
  const connected = prismaAdapterFactory.connectedAdapter();
  if (connected) return connected;
  await prisma.$connect();
  const adapter = prismaAdapterFactory.connectedAdapter();
  if (!adapter) throw new Error("The database adapter did not connect");
  return adapter;
}

function toSqlQuery(query: Prisma.Sql, provider: SqlDriverAdapter["provider"]): SqlQuery {
  return { sql: provider === "postgres" ? query.text : query.sql, args: query.values, argTypes: query.values.map(argTypeOf) };
}

function argTypeOf(value: unknown): ArgType {
  if (value instanceof Date) return { scalarType: "datetime", arity: "scalar" };
  if (typeof value === "number") return { scalarType: Number.isInteger(value) ? "int" : "float", arity: "scalar" };
  if (typeof value === "boolean") return { scalarType: "boolean", arity: "scalar" };
  if (typeof value === "string") return { scalarType: "string", arity: "scalar" };
  return { scalarType: "unknown", arity: "scalar" };
}

function rowsOf<T>(result: SqlResultSet): T[] {
  return result.rows.map((values) => {
    const row: Record<string, unknown> = {};
    result.columnNames.forEach((name, index) => {
      row[name] = typed(values[index], result.columnTypes[index]);
    });
    return row as T;
  });
}

function typed(value: unknown, columnType: number | undefined): unknown {
  if (value === null || value === undefined) return null;
  switch (columnType) {
    case ColumnTypeEnum.DateTime:
    case ColumnTypeEnum.Date:
      return new Date(value as string);
    case ColumnTypeEnum.Boolean:
      return value === true || value === 1 || value === "1" || value === "true";
    case ColumnTypeEnum.Int32:
    case ColumnTypeEnum.Int64:
    case ColumnTypeEnum.Float:
    case ColumnTypeEnum.Double:
    case ColumnTypeEnum.Numeric:
    case ColumnTypeEnum.UnknownNumber:
      return Number(value);
    default:
      return value;
  }
}
