// Points this worker at its integration database before any test module imports lib/db: its own
// copy of this run's migrated SQLite template, or the PostgreSQL database named by
// INTEGRATION_DATABASE_URL.
import { copyFileSync, existsSync } from "node:fs";
import { inject } from "vitest";

if (process.env.INTEGRATION_DATABASE_URL) {
  process.env.DATABASE_URL = process.env.INTEGRATION_DATABASE_URL;
} else {
  const template = inject("integrationTemplate");
  const workerDatabase = template.replace(/-template\.db$/, `-worker-${process.env.VITEST_POOL_ID ?? "0"}.db`);
  if (!existsSync(workerDatabase)) copyFileSync(template, workerDatabase);
  process.env.DATABASE_URL = `file:./${workerDatabase}`;
}
