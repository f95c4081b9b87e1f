// Prepared statements kept for the one SQLite connection (docs/decisions/0016-sqlite-statement-cache.md).
// The official better-sqlite3 adapter prepares every statement afresh and binds it for good
// (`prepare(sql).bind(args)`); preparing was the mint's largest single cost in the CPU profile (9 %).
// This makes the connection's `prepare` answer from a bounded cache of statements, each handed out as
// a view that takes its arguments per call, so one statement serves every call with the same SQL.
import "server-only";
import type BetterSqlite3 from "better-sqlite3";

type Database = BetterSqlite3.Database;
type Statement = BetterSqlite3.Statement<unknown[]>;

/** Enough for every distinct statement the app sends; the least recently used goes first beyond it. */
export const STATEMENT_CACHE_SIZE = 1000;

export type StatementCacheStats = { prepared: number; reused: number };

/** A statement as the adapter uses it: bound per call (`bind(args)`), or run at once (`run()`). */
type ReusableStatement = {
  readonly reader: boolean;
  run(...params: unknown[]): BetterSqlite3.RunResult;
  bind(...params: unknown[]): BoundCall;
};
type BoundCall = {
  readonly reader: boolean;
  run(): BetterSqlite3.RunResult;
  columns(): BetterSqlite3.ColumnDefinition[];
  raw(): { all(): unknown[] };
};

/** Makes `database.prepare` reuse statements; answers the counts, for tests and benchmarks. */
export function cachePreparedStatements(database: Database, size = STATEMENT_CACHE_SIZE): StatementCacheStats {
  const prepare = database.prepare.bind(database) as (sql: string) => Statement;
  const statements = new Map<string, KeptStatement>();
  const stats: StatementCacheStats = { prepared: 0, reused: 0 };
  const cachedPrepare = (sql: string): ReusableStatement => {
    let statement = statements.get(sql);
    if (statement) {
      statements.delete(sql); // re-inserted below: a Map keeps insertion order, so this marks it recently used
      stats.reused++;
    } else {
      statement = { statement: prepare(sql), columns: undefined };
      stats.prepared++;
    }
    statements.set(sql, statement);
    if (statements.size > size) statements.delete(statements.keys().next().value as string);
    return reusable(statement);
  };
  database.prepare = cachedPrepare as unknown as Database["prepare"];
  return stats;
}

type KeptStatement = { statement: Statement; columns: BetterSqlite3.ColumnDefinition[] | undefined };

function reusable(kept: KeptStatement): ReusableStatement {
  const { statement } = kept;
  return {
    reader: statement.reader,
    run: (...params) => statement.run(...params),
    bind: (...params) => ({
      reader: statement.reader,
      run: () => statement.run(...params),
      columns: () => (kept.columns ??= statement.columns()),
      raw: () => ({ all: () => statement.raw(true).all(...params) }),
    }),
  };
}
