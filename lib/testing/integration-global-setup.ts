// Migrates one template SQLite database per run; each test worker copies it (integration-setup.ts).
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";

export const TEMPLATE_DATABASE = ".test/integration-template.db";

export default function setup(): void {
  mkdirSync(".test", { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) rmSync(TEMPLATE_DATABASE + suffix, { force: true });
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:./${TEMPLATE_DATABASE}`, CHECKPOINT_DISABLE: "1" },
    stdio: "ignore",
  });
}
