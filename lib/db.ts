// The Prisma client and the choice of driver adapter: SQLite (better-sqlite3) by default,
// PostgreSQL when DATABASE_URL says so. Only the domain layer imports this module.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { env } from "./env";

export type Database = PrismaClient;
/** A client or an open transaction: what domain functions accept when they can run inside one. */
export type DatabaseClient = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export function createClient(databaseUrl: string): PrismaClient {
  if (/^postgres(ql)?:/.test(databaseUrl)) {
    return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  }
  const file = databaseUrl.replace(/^file:/, "");
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return new PrismaClient({ adapter: new SerializedSqliteAdapterFactory(databaseUrl) as any });
}

type Query = { sql: string; args: unknown[] };
type SqliteTransaction = { commit(): Promise<void>; rollback(): Promise<void> };
type SqliteAdapter = {
  queryRaw(query: Query): Promise<unknown>;
  executeRaw(query: Query): Promise<number>;
  executeScript(script: string): Promise<void>;
  startTransaction(isolationLevel?: string): Promise<SqliteTransaction>;
};

/**
 * better-sqlite3 gives Prisma one connection. Its adapter locks that connection for interactive
 * transactions, but a query from another request would still run inside an open transaction (and be
 * rolled back with it). This factory queues every top-level query behind open transactions, so each
 * request sees only committed data, and sets WAL mode and a busy timeout for other processes
 * (seed script, worker) writing to the same file.
 */
class SerializedSqliteAdapterFactory {
  readonly provider = "sqlite" as const;
  readonly adapterName = "@prisma/adapter-better-sqlite3";
  private readonly inner: PrismaBetterSQLite3;

  constructor(databaseUrl: string) {
    this.inner = new PrismaBetterSQLite3({ url: databaseUrl, timeout: 10_000 });
  }

  async connect(): Promise<SqliteAdapter> {
    const adapter = (await this.inner.connect()) as unknown as SqliteAdapter & { client: { prepare(sql: string): unknown } };
    await adapter.executeScript("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;");
    // The adapter opens transactions with a deferred BEGIN: one that reads and then writes while
    // another process (the worker, the seed script) writes fails at once with SQLITE_BUSY instead
    // of waiting. BEGIN IMMEDIATE takes the write lock up front and waits for it (busy timeout).
    const client = adapter.client;
    const prepare = client.prepare.bind(client);
    client.prepare = (sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);
    const queue = new SerialQueue();
    const queryRaw = adapter.queryRaw.bind(adapter);
    const executeRaw = adapter.executeRaw.bind(adapter);
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.queryRaw = (query) => queue.run(() => (countQuery(), queryRaw(query)));
    adapter.executeRaw = (query) => queue.run(() => (countQuery(), executeRaw(query)));
    adapter.startTransaction = async (isolationLevel) => {
      const release = await queue.acquire();
      try {
        const transaction = await startTransaction(isolationLevel);
        countTransactionQueries(transaction);
        const commit = transaction.commit.bind(transaction);
        const rollback = transaction.rollback.bind(transaction);
        transaction.commit = () => commit().finally(release);
        transaction.rollback = () => rollback().finally(release);
        return transaction;
      } catch (error) {
        release();
        throw error;
      }
    };
    return adapter;
  }
}

let queriesRun = 0;

/** How many SQL statements this process has sent (SQLite); tests use it to prove lists are not N+1. */
export function databaseQueryCount(): number {
  return queriesRun;
}

function countQuery(): void {
  queriesRun++;
}

function countTransactionQueries(transaction: SqliteTransaction & Partial<Pick<SqliteAdapter, "queryRaw" | "executeRaw">>): void {
  for (const method of ["queryRaw", "executeRaw"] as const) {
    const original = transaction[method]?.bind(transaction);
    if (original) (transaction as Record<string, unknown>)[method] = (query: Query) => (countQuery(), original(query));
  }
}

class SerialQueue {
  private tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const previous = this.tail;
    this.tail = previous.then(() => released);
    return previous.then(() => release);
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  }
}

const globalForPrisma = globalThis as unknown as { plugipayPrisma?: PrismaClient };

/** The process's one client (kept on globalThis so dev-mode reloads do not open more). */
export const prisma: PrismaClient = globalForPrisma.plugipayPrisma ?? createClient(env().databaseUrl);
globalForPrisma.plugipayPrisma = prisma;
