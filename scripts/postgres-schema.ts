// Writes prisma/postgresql/schema.prisma from prisma/schema.prisma: the one schema, with the
// PostgreSQL provider. `npm run db:postgres` runs it, generates the client and applies migrations.
import { readFileSync, writeFileSync } from "node:fs";

export function postgresSchema(sqliteSchema: string): string {
  const replaced = sqliteSchema.replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"');
  if (replaced === sqliteSchema) throw new Error('prisma/schema.prisma has no provider = "sqlite" to replace');
  return (
    "// Generated from prisma/schema.prisma by scripts/postgres-schema.ts: edit that file instead.\n" +
    replaced.replace('output     = "../lib/generated/prisma"', 'output     = "../../lib/generated/prisma-postgresql"')
  );
}

if (process.argv[1]?.endsWith("postgres-schema.ts")) {
  writeFileSync("prisma/postgresql/schema.prisma", postgresSchema(readFileSync("prisma/schema.prisma", "utf8")));
  process.stderr.write("Wrote prisma/postgresql/schema.prisma\n");
}
