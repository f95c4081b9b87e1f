// npm run test-clock -- --account acc_… [--days N | --seconds N] [--subscription sub_…]
// Moves a workspace's test-mode billing clock forward and runs billing for it at once, through the
// domain (no API key needed) — for QA. Without --days or --seconds it prints the clock. Prints one
// JSON document on stdout.
import "server-only";
import { parseArgs } from "node:util";
import { prisma } from "../lib/db";
import { advanceTestClock, readTestClock } from "../lib/billing/test-clock";
import { AdvanceTestClockBody } from "../lib/billing/test-clock-schemas";
import type { Tenant } from "../lib/tenancy";

const USAGE = "Usage: npm run test-clock -- --account acc_… [--days N | --seconds N] [--subscription sub_…]";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { account: { type: "string" }, days: { type: "string" }, seconds: { type: "string" }, subscription: { type: "string" } },
  });
  if (!values.account) throw new Error(USAGE);
  const workspace = await prisma.workspace.findUnique({ where: { accountId: values.account } });
  if (!workspace) throw new Error(`No account ${values.account}`);
  const tenant: Tenant = { workspaceId: workspace.id, accountId: workspace.accountId, mode: "test" };
  const input = { days: wholeNumber(values.days, "--days"), seconds: wholeNumber(values.seconds, "--seconds"), subscriptionId: values.subscription };
  if (input.days === undefined && input.seconds === undefined && !input.subscriptionId) {
    process.stdout.write(`${JSON.stringify(await readTestClock(tenant), null, 2)}\n`);
    return;
  }
  const parsed = AdvanceTestClockBody.safeParse(input);
  if (!parsed.success) throw new Error(`${parsed.error.issues[0]?.path.join(".")}: ${parsed.error.issues[0]?.message}. ${USAGE}`);
  const result = await advanceTestClock(tenant, parsed.data, { workerId: `cli:${process.pid}` });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

function wholeNumber(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new Error(`${flag} must be a whole number. ${USAGE}`);
  return Number(value);
}

main()
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());
