// Points this worker at its integration database before any test module imports lib/db: its own
// copy of this run's migrated SQLite template, or the PostgreSQL database named by
// INTEGRATION_DATABASE_URL.
import { copyFileSync, existsSync, rmSync, statSync } from "node:fs";

if (process.env.INTEGRATION_DATABASE_URL) {
  process.env.DATABASE_URL = process.env.INTEGRATION_DATABASE_URL;
} else {
  const template = ".test/integration-template.db";
  const workerDatabase = `.test/integration-worker-${process.env.VITEST_POOL_ID ?? "0"}.db`;
  if (!existsSync(workerDatabase) || statSync(workerDatabase).birthtimeMs < statSync(template).mtimeMs) {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(workerDatabase + suffix, { force: true });
    copyFileSync(template, workerDatabase);
  }
  process.env.DATABASE_URL = `file:./${workerDatabase}`;
}
