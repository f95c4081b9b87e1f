// Plain SQL statements for the merchant API's hot path (docs/decisions/0014-mint-performance.md):
// written as Prisma.sql (so values are always parameters) and sent straight to the driver adapter
// Prisma itself connected, skipping the client's per-call query planning, which cost more than the
// statements themselves. The same SQL runs on SQLite and PostgreSQL; rows come back with columns
// typed as the schema declares them (DateTime as Date, Boolean as boolean, numbers as numbers).
import "server-only";
import { ColumnTypeEnum, type ArgType, type SqlDriverAdapter, type SqlQuery, type SqlQueryable, type SqlResultSet } from "@prisma/driver-adapter-utils";
import type { Prisma } from "../generated/prisma/client";
import { prisma, prismaAdapterFactory } from "../db";

/** Rows of a SELECT (or of an INSERT/UPDATE … RETURNING). */
export async function queryRows<T>(query: Prisma.Sql): Promise<T[]> {
  return rowsOn<T>(await connectedAdapter(), query);
}

/** A statement without rows; the number of rows it changed. */
export async function executeStatement(query: Prisma.Sql): Promise<number> {
  return executeOn(await connectedAdapter(), query);
}

/** The statements of one open transaction (inDirectTransaction). */
export type DirectTransaction = {
  queryRows<T>(query: Prisma.Sql): Promise<T[]>;
  executeStatement(query: Prisma.Sql): Promise<number>;
};

const control = (sql: string): SqlQuery => ({ sql, args: [], argTypes: [] });

/**
 * Runs `work` in one transaction of plain statements: committed when it resolves, rolled back when
 * it throws (the error is rethrown). The adapter opens it (BEGIN, or BEGIN IMMEDIATE on SQLite:
 * lib/database/serialized-sqlite-adapter.ts) and, as for Prisma's own transactions, COMMIT and
 * ROLLBACK are sent as statements before the adapter lets go of the connection.
 */
export async function inDirectTransaction<T>(work: (tx: DirectTransaction) => Promise<T>): Promise<T> {
  const transaction = await (await connectedAdapter()).startTransaction();
  const tx: DirectTransaction = {
    queryRows: (query) => rowsOn(transaction, query),
    executeStatement: (query) => executeOn(transaction, query),
  };
  let result: T;
  try {
    result = await work(tx);
    await transaction.executeRaw(control("COMMIT"));
  } catch (error) {
    await transaction.executeRaw(control("ROLLBACK")).catch(() => undefined); // already ended by a failed COMMIT
    await transaction.rollback();
    throw error;
  }
  await transaction.commit();
  return result;
}

async function rowsOn<T>(queryable: SqlQueryable, query: Prisma.Sql): Promise<T[]> {
  return rowsOf<T>(await queryable.queryRaw(toSqlQuery(query, queryable.provider)));
}

function executeOn(queryable: SqlQueryable, query: Prisma.Sql): Promise<number> {
  return queryable.executeRaw(toSqlQuery(query, queryable.provider));
}

async function connectedAdapter(): Promise<SqlDriverAdapter> {
  const connected = prismaAdapterFactory.connectedAdapter();
  if (connected) return connected;
  await prisma.$connect();
  const adapter = prismaAdapterFactory.connectedAdapter();
  if (!adapter) throw new Error("The database adapter did not connect");
  return adapter;
}

function toSqlQuery(query: Prisma.Sql, provider: SqlQueryable["provider"]): SqlQuery {
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
