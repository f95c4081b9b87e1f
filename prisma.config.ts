// Prisma CLI configuration: the wasm schema engine with a driver adapter, so no engine binary is
// ever downloaded (see docs/decisions/0001-prisma-6-driver-adapters.md).
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { defineConfig, type PrismaConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

// The CLI skips .env when a config file exists; an unresolved env() would make it fall back to
// the binary engine and try a download. Same default as lib/env.ts.
process.env.DATABASE_URL ??= "file:./data/plugipay.db";
const url = process.env.DATABASE_URL;
const isPostgres = url.startsWith("postgres");

type MigrationAdapterFactory = Awaited<ReturnType<Extract<PrismaConfig, { engine: "js" }>["adapter"]>>;

type MigrateAdapter = {
  executeRaw(query: { sql: string; args: unknown[] }): Promise<number>;
  executeScript(script: string): Promise<void>;
};

// The wasm engine replays multi-statement migrations through executeRaw, which better-sqlite3's
// prepare() refuses; send parameterless statements through executeScript (db.exec) instead.
async function withScriptExecution<T extends MigrateAdapter>(connecting: Promise<T>): Promise<T> {
  const adapter = await connecting;
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    if (query.args.length === 0) {
      await adapter.executeScript(query.sql);
      return 0;
    }
    return executeRaw(query);
  };
  return adapter;
}

class SqliteMigrateFactory {
  readonly provider = "sqlite" as const;
  readonly adapterName = "@prisma/adapter-better-sqlite3";
  private inner: PrismaBetterSQLite3;
  constructor(databaseUrl: string) {
    const file = databaseUrl.replace(/^file:/, "");
    if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
    this.inner = new PrismaBetterSQLite3({ url: databaseUrl });
  }
  connect() {
    return withScriptExecution(this.inner.connect() as unknown as Promise<MigrateAdapter>);
  }
  connectToShadowDb() {
    return withScriptExecution(this.inner.connectToShadowDb() as unknown as Promise<MigrateAdapter>);
  }
}

// adapter-pg 6.19.3 cannot map the catalog's "name"/"char" columns: report them as text (CLI only).
function patchPgCatalogTypes() {
  const result = (pg as unknown as { Result: { prototype: { addFields(f: { dataTypeID: number }[]): void } } }).Result;
  const addFields = result.prototype.addFields;
  result.prototype.addFields = function (fields) {
    for (const field of fields) if (field.dataTypeID === 19 || field.dataTypeID === 18) field.dataTypeID = 25;
    return addFields.call(this, fields);
  };
}

function pgConfig(databaseUrl: string): pg.PoolConfig {
  const u = new URL(databaseUrl);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: u.pathname.slice(1),
  };
}

// adapter-pg's own shadow database handling is broken in 6.19.3: create and drop it ourselves.
class PgMigrateFactory {
  readonly provider = "postgres" as const;
  readonly adapterName = "@prisma/adapter-pg";
  constructor(private config: pg.PoolConfig) {}
  connect() {
    return new PrismaPg(this.config).connect();
  }
  async connectToShadowDb() {
    const admin = new pg.Client(this.config);
    await admin.connect();
    const database = `prisma_shadow_${process.pid}_${Date.now()}`;
    await admin.query(`CREATE DATABASE "${database}"`);
    const adapter = await new PrismaPg({ ...this.config, database }).connect();
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.end();
    };
    return adapter;
  }
}

if (isPostgres) patchPgCatalogTypes();

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: isPostgres ? "prisma/postgresql/schema.prisma" : "prisma/schema.prisma",
  migrations: { path: isPostgres ? "prisma/postgresql/migrations" : "prisma/migrations" },
  async adapter() {
    // The factories wrap the adapters' own and implement what the migration engine calls.
    return (isPostgres ? new PgMigrateFactory(pgConfig(url)) : new SqliteMigrateFactory(url)) as unknown as MigrationAdapterFactory;
  },
});
