// The Prisma client and the choice of driver adapter: SQLite (better-sqlite3) by default,
// PostgreSQL when DATABASE_URL says so (both clients are generated at install, so switching is a URL). Only the domain layer imports this module.
import "server-only";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "./generated/prisma-postgresql/client";
import { env } from "./env";
import { SerializedSqliteAdapterFactory, sqliteStatementCount } from "./database/serialized-sqlite-adapter";
import { RememberingAdapterFactory } from "./database/remembering-adapter-factory";

export type Database = PrismaClient;
/** A client or an open transaction: what domain functions accept when they can run inside one. */
export type DatabaseClient = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export function createClient(databaseUrl: string, adapter: RememberingAdapterFactory = adapterFactoryFor(databaseUrl)): PrismaClient {
  if (adapter.provider === "postgres") {
    // The PostgreSQL client is generated from the same models (prisma/postgresql/schema.prisma); its
    // API is a superset of the SQLite client's, which is the type the domain layer is written against.
    const client = new PostgresPrismaClient({ adapter });
    return client as unknown as PrismaClient;
  }
  return new PrismaClient({ adapter });
}

/** The driver adapter for a URL, remembered once connected (lib/database/direct-statements.ts uses it). */
function adapterFactoryFor(databaseUrl: string): RememberingAdapterFactory {
  if (/^postgres(ql)?:/.test(databaseUrl)) return new RememberingAdapterFactory(new PrismaPg({ connectionString: databaseUrl }));
  const file = databaseUrl.replace(/^file:/, "");
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  return new RememberingAdapterFactory(new SerializedSqliteAdapterFactory(databaseUrl));
}

/** How many SQL statements this process has sent (SQLite); tests use it to prove lists are not N+1. */
export const databaseQueryCount = sqliteStatementCount;

const globalForPrisma = globalThis as unknown as { plugipayPrisma?: PrismaClient; plugipayAdapter?: RememberingAdapterFactory };

/** The adapter factory of the process's client. */
export const prismaAdapterFactory: RememberingAdapterFactory = globalForPrisma.plugipayAdapter ?? adapterFactoryFor(env().databaseUrl);
/** The process's one client (kept on globalThis so dev-mode reloads do not open more). */
export const prisma: PrismaClient = globalForPrisma.plugipayPrisma ?? createClient(env().databaseUrl, prismaAdapterFactory);
globalForPrisma.plugipayAdapter = prismaAdapterFactory;
globalForPrisma.plugipayPrisma = prisma;
