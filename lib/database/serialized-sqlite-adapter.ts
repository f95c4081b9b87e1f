// A Prisma driver adapter for SQLite that gives each request a consistent view of one shared
// connection. It implements Prisma's documented adapter interface around the official
// better-sqlite3 adapter instead of patching that adapter's internals (docs/decisions/0010-sqlite-adapter.md).
import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { IsolationLevel, SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, SqlResultSet, Transaction } from "@prisma/driver-adapter-utils";
import type BetterSqlite3 from "better-sqlite3";
import { SerialQueue } from "./serial-queue";
import { cachePreparedStatements } from "./statement-cache";

const CONNECTION_PRAGMAS = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";
const BUSY_TIMEOUT_MS = 10_000;

let statementsSent = 0;

/** How many SQL statements this process has sent to SQLite; tests use it to prove lists are not N+1. */
export function sqliteStatementCount(): number {
  return statementsSent;
}

/**
 * better-sqlite3 gives Prisma one connection. The official adapter locks it for interactive
 * transactions only, so a query from another request would run inside an open transaction (and be
 * rolled back with it). This factory's adapter queues every top-level statement behind open
 * transactions, opens transactions with BEGIN IMMEDIATE (a deferred BEGIN that reads and then writes
 * fails at once with SQLITE_BUSY while another process, such as the worker, writes; IMMEDIATE takes
 * the write lock up front and waits for it), and sets WAL mode and a busy timeout.
 */
export class SerializedSqliteAdapterFactory implements SqlDriverAdapterFactory {
  readonly provider = "sqlite" as const;
  readonly adapterName: string;
  private readonly official: PrismaBetterSQLite3;

  constructor(databaseUrl: string) {
    this.official = new PrismaBetterSQLite3({ url: databaseUrl, timeout: BUSY_TIMEOUT_MS });
    this.adapterName = this.official.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    const connection = await this.official.connect();
    await connection.executeScript(CONNECTION_PRAGMAS);
    // The adapter keeps its better-sqlite3 connection as `client` (not part of Prisma's interface):
    // when a Prisma upgrade changes that, statements are simply prepared afresh again (decision 0016).
    const database = (connection as unknown as { client?: BetterSqlite3.Database }).client;
    if (typeof database?.prepare === "function") cachePreparedStatements(database);
    return new SerializedSqliteAdapter(connection);
  }
}

class SerializedSqliteAdapter implements SqlDriverAdapter {
  readonly provider = "sqlite" as const;
  readonly adapterName: string;
  private readonly queue = new SerialQueue();

  constructor(private readonly connection: SqlDriverAdapter) {
    this.adapterName = connection.adapterName;
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.queue.run(() => countStatement(() => this.connection.queryRaw(query)));
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.queue.run(() => countStatement(() => this.connection.executeRaw(query)));
  }

  executeScript(script: string): Promise<void> {
    return this.queue.run(() => this.connection.executeScript(script));
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    if (isolationLevel && isolationLevel !== "SERIALIZABLE") {
      // SQLite transactions are serializable; let the official adapter report anything else.
      return this.connection.startTransaction(isolationLevel);
    }
    const release = await this.queue.acquire();
    try {
      await countStatement(() => this.connection.executeScript("BEGIN IMMEDIATE"));
    } catch (error) {
      release();
      throw error;
    }
    return new QueuedTransaction(this.connection, release);
  }

  dispose(): Promise<void> {
    return this.connection.dispose();
  }
}

/** Statements of an open transaction: they hold the queue, so they go straight to the connection. */
class QueuedTransaction implements Transaction {
  readonly provider = "sqlite" as const;
  readonly adapterName: string;
  // Prisma sends COMMIT and ROLLBACK itself through executeRaw; commit() and rollback() only end our hold.
  readonly options = { usePhantomQuery: false };

  constructor(
    private readonly connection: SqlDriverAdapter,
    private readonly release: () => void,
  ) {
    this.adapterName = connection.adapterName;
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return countStatement(() => this.connection.queryRaw(query));
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return countStatement(() => this.connection.executeRaw(query));
  }

  commit(): Promise<void> {
    this.release();
    return Promise.resolve();
  }

  rollback(): Promise<void> {
    this.release();
    return Promise.resolve();
  }
}

function countStatement<T>(send: () => Promise<T>): Promise<T> {
  statementsSent++;
  return send();
}
