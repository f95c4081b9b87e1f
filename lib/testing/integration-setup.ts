// Each integration worker gets its own copy of this run's migrated template database, made before
// any test module imports lib/db.
import { copyFileSync, existsSync, rmSync, statSync } from "node:fs";

const template = ".test/integration-template.db";
const workerDatabase = `.test/integration-worker-${process.env.VITEST_POOL_ID ?? "0"}.db`;
if (!existsSync(workerDatabase) || statSync(workerDatabase).birthtimeMs < statSync(template).mtimeMs) {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(workerDatabase + suffix, { force: true });
  copyFileSync(template, workerDatabase);
}
process.env.DATABASE_URL = `file:./${workerDatabase}`;
