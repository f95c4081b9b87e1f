// Prepares the integration database: by default one migrated SQLite template per run, which each
// worker copies (integration-setup.ts); with INTEGRATION_DATABASE_URL=postgresql://… the tests run
// against that PostgreSQL database instead, migrated here.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";

export const TEMPLATE_DATABASE = ".test/integration-template.db";

export default function setup(): void {
  const postgresUrl = process.env.INTEGRATION_DATABASE_URL;
  if (postgresUrl) {
    migrate(postgresUrl);
    return;
  }
  mkdirSync(".test", { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) rmSync(TEMPLATE_DATABASE + suffix, { force: true });
  migrate(`file:./${TEMPLATE_DATABASE}`);
}

function migrate(databaseUrl: string): void {
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: "1" },
    stdio: "ignore",
  });
}
