// The statement cache with the official better-sqlite3 adapter on an in-memory database: the same SQL
// is prepared once and reused with new arguments each call, results are the adapter's own (integers
// as strings, as it reads them with safeIntegers), and the cache
// stays within its size.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, SqlQuery } from "@prisma/driver-adapter-utils";
import type BetterSqlite3 from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { cachePreparedStatements } from "./statement-cache";

const text = { scalarType: "string", arity: "scalar" } as const;
const int = { scalarType: "int", arity: "scalar" } as const;
const insert = (id: string, amount: number): SqlQuery => ({ sql: "INSERT INTO t (id, amount) VALUES (?, ?)", args: [id, amount], argTypes: [text, int] });
const select = (id: string): SqlQuery => ({ sql: "SELECT id, amount FROM t WHERE id = ?", args: [id], argTypes: [text] });

let adapter: SqlDriverAdapter | undefined;

async function cachedAdapter(size?: number) {
  adapter = await new PrismaBetterSQLite3({ url: ":memory:" }).connect();
  const stats = cachePreparedStatements((adapter as unknown as { client: BetterSqlite3.Database }).client, size);
  await adapter.executeScript("CREATE TABLE t (id TEXT PRIMARY KEY, amount INTEGER NOT NULL)");
  return { adapter, stats };
}

afterEach(async () => {
  await adapter?.dispose();
  adapter = undefined;
});

describe("cachePreparedStatements", () => {
  it("prepares each statement once and binds new arguments on every call", async () => {
    const { adapter, stats } = await cachedAdapter();
    expect(await adapter.executeRaw(insert("a", 100))).toBe(1);
    expect(await adapter.executeRaw(insert("b", 250))).toBe(1);
    expect((await adapter.queryRaw(select("a"))).rows).toEqual([["a", "100"]]);
    const b = await adapter.queryRaw(select("b"));
    expect(b.columnNames).toEqual(["id", "amount"]);
    expect(b.rows).toEqual([["b", "250"]]);
    expect((await adapter.queryRaw(select("missing"))).rows).toEqual([]);
    expect(stats).toEqual({ prepared: 2, reused: 3 });
  });

  it("reads a statement's columns once, however often it runs", async () => {
    const { adapter } = await cachedAdapter();
    await adapter.executeRaw(insert("a", 100));
    const database = (adapter as unknown as { client: BetterSqlite3.Database }).client;
    const statement = database.prepare("SELECT id, amount FROM t WHERE id = ?") as unknown as { bind(...args: unknown[]): { columns(): unknown } };
    const first = statement.bind("a").columns();
    expect(statement.bind("b").columns()).toBe(first);
    for (let call = 0; call < 3; call++) expect((await adapter.queryRaw(select("a"))).columnNames).toEqual(["id", "amount"]);
  });

  it("keeps statements that change rows and return them apart from plain reads", async () => {
    const { adapter } = await cachedAdapter();
    await adapter.executeRaw(insert("a", 100));
    const bump: SqlQuery = { sql: "UPDATE t SET amount = amount + ? WHERE id = ? RETURNING amount", args: [5, "a"], argTypes: [int, text] };
    expect((await adapter.queryRaw(bump)).rows).toEqual([["105"]]);
    expect((await adapter.queryRaw(bump)).rows).toEqual([["110"]]);
    expect(await adapter.executeRaw(bump)).toBe(1);
    expect((await adapter.queryRaw(select("a"))).rows).toEqual([["a", "115"]]);
  });

  it("forgets the least recently used statement beyond its size, and prepares it again when asked", async () => {
    const { adapter, stats } = await cachedAdapter(2);
    await adapter.executeRaw(insert("a", 1)); // prepared: insert
    await adapter.queryRaw(select("a")); // prepared: select
    await adapter.queryRaw({ sql: "SELECT count(*) AS n FROM t", args: [], argTypes: [] }); // prepared: count, insert forgotten
    await adapter.queryRaw(select("a")); // reused
    await adapter.executeRaw(insert("b", 2)); // prepared again
    expect(stats).toEqual({ prepared: 4, reused: 1 });
  });
});
