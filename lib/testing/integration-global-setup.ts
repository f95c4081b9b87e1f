// Prepares the integration database: by default a migrated SQLite template made for this run only
// (so runs side by side do not disturb each other), which each worker copies
// (integration-setup.ts); with INTEGRATION_DATABASE_URL=postgresql://… the tests run against that
// PostgreSQL database instead, migrated here.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    integrationTemplate: string;
  }
}

export default function setup(project: TestProject): () => void {
  const postgresUrl = process.env.INTEGRATION_DATABASE_URL;
  if (postgresUrl) {
    migrate(postgresUrl);
    project.provide("integrationTemplate", "");
    return () => {};
  }
  const run = `${process.pid}-${Date.now()}`;
  const template = `.test/integration-${run}-template.db`;
  mkdirSync(".test", { recursive: true });
  migrate(`file:./${template}`);
  project.provide("integrationTemplate", template);
  return () => {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(template + suffix, { force: true });
    execFileSync("sh", ["-c", `rm -f .test/integration-${run}-worker-*`]);
  };
}

function migrate(databaseUrl: string): void {
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: "1" },
    stdio: "ignore",
  });
}
