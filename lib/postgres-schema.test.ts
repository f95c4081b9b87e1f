import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { postgresSchema } from "../scripts/postgres-schema";

describe("PostgreSQL schema", () => {
  it("is prisma/schema.prisma with the postgresql provider, and committed in sync", () => {
    const sqlite = readFileSync("prisma/schema.prisma", "utf8");
    expect(readFileSync("prisma/postgresql/schema.prisma", "utf8")).toBe(postgresSchema(sqlite));
  });

  it("has migrations that create every model", () => {
    const models = [...readFileSync("prisma/schema.prisma", "utf8").matchAll(/^model (\w+)/gm)].map((match) => match[1]);
    const directory = "prisma/postgresql/migrations";
    const migrations = readdirSync(directory, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => readFileSync(`${directory}/${entry.name}/migration.sql`, "utf8"))
      .join("\n");
    for (const model of models) expect(migrations).toContain(`CREATE TABLE "${model}"`);
  });
});
