// Readiness for a load balancer: the database answers and every migration this build ships has
// been applied (an instance started before `npm run db:deploy` finished is not ready).
import "server-only";
import { readdir } from "node:fs/promises";
import { prisma } from "../db";
import { env } from "../env";

export type Readiness = { ready: boolean; database: "ok" | "unreachable"; pendingMigrations: string[] };

export async function checkReadiness(): Promise<Readiness> {
  const shipped = await shippedMigrations();
  let applied: string[];
  try {
    const rows = await prisma.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    applied = rows.map((row) => row.migration_name);
  } catch {
    return { ready: false, database: "unreachable", pendingMigrations: shipped };
  }
  const pendingMigrations = shipped.filter((name) => !applied.includes(name));
  return { ready: pendingMigrations.length === 0, database: "ok", pendingMigrations };
}

async function shippedMigrations(): Promise<string[]> {
  const directory = /^postgres(ql)?:/.test(env().databaseUrl) ? "prisma/postgresql/migrations" : "prisma/migrations";
  const entries = await readdir(directory, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}
