import { describe, expect, it } from "vitest";
import { prisma } from "../db";
import { Prisma } from "../generated/prisma/client";
import { GET } from "../../app/readyz/route";
import { checkReadiness } from "./check-readiness";

type MigrationRow = Record<string, unknown> & { migration_name: string };

describe("readiness", () => {
  it("is ready when the database answers and every shipped migration is applied", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ready", database: "ok", pendingMigrations: [] });
  });

  it("is not ready while a shipped migration is not applied", async () => {
    const rows = await prisma.$queryRaw<MigrationRow[]>`SELECT * FROM _prisma_migrations ORDER BY migration_name DESC`;
    const latest = rows[0];
    if (!latest) throw new Error("the integration database has no migrations");
    await prisma.$executeRaw`DELETE FROM _prisma_migrations WHERE migration_name = ${latest.migration_name}`;
    try {
      expect(await checkReadiness()).toEqual({ ready: false, database: "ok", pendingMigrations: [latest.migration_name] });
      expect((await GET()).status).toBe(503);
    } finally {
      const columns = Object.keys(latest);
      await prisma.$executeRaw`INSERT INTO _prisma_migrations (${Prisma.raw(columns.join(", "))})
        VALUES (${Prisma.join(columns.map((column) => latest[column]))})`;
    }
  });
});
