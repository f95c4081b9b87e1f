// npm run db:seed [-- --json]: creates a fresh set of demo workspaces on the configured database.
// With --json, stdout carries exactly one JSON document (docs/api.md §9); logs go to stderr.
import "server-only";
import { seedDemoData } from "../lib/demo/seed-demo-data";
import { prisma } from "../lib/db";

async function main(): Promise<void> {
  const asJson = process.argv.includes("--json");
  const result = await seedDemoData();
  if (asJson) {
    process.stdout.write(JSON.stringify(result, null, 2) + "\n");
  } else {
    for (const workspace of result.workspaces) {
      process.stdout.write(`${workspace.name}${workspace.platform ? " (platform)" : ""}: ${workspace.accountId}\n`);
      for (const key of workspace.keys) process.stdout.write(`  key ${key.keyId} scopes ${key.scopes.join(" ")}\n`);
      for (const customer of workspace.customers) process.stdout.write(`  customer ${customer.id} ${customer.name}\n`);
    }
    process.stdout.write("Secrets are shown with --json.\n");
  }
  process.stderr.write(`Seeded ${result.workspaces.length} workspaces.\n`);
}

main()
  .catch((error: unknown) => {
    process.stderr.write(`Seeding failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());
