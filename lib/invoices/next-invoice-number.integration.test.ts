// Invoice numbering under concurrency (issue 10, item 2): transactions issuing invoices of one
// workspace at once, as two workers billing two subscriptions do, each get their own number. On
// PostgreSQL (npm test's second integration pass) they counted the same invoices before the
// workspace lock, and all but one failed on the unique (workspaceId, mode, number).
import { describe, expect, test } from "vitest";
import { prisma } from "../db";
import { createTestWorkspace } from "../testing/fixtures";
import type { Tenant } from "../tenancy";
import { createOpenInvoice } from "./create-invoice";

describe("nextInvoiceNumber", () => {
  test("twelve concurrent invoices of one workspace get twelve consecutive numbers and none fails", async () => {
    const workspace = await createTestWorkspace();
    const tenant: Tenant = { workspaceId: workspace.workspaceId, accountId: workspace.accountId, mode: "test" };
    const outcomes = await Promise.allSettled(
      Array.from({ length: 12 }, () =>
        prisma.$transaction((tx) =>
          createOpenInvoice(tx, tenant, {
            customerId: workspace.customerId,
            subscriptionId: null,
            currency: "USD",
            lines: [{ description: "Concurrent", quantity: 1, unitAmount: 500, priceId: null }],
            dueInDays: 14,
          }),
        ),
      ),
    );
    const failures = outcomes.filter((outcome) => outcome.status === "rejected");
    expect(failures).toEqual([]);
    const numbers = await prisma.invoice.findMany({ where: { workspaceId: tenant.workspaceId }, select: { number: true }, orderBy: { number: "asc" } });
    expect(numbers.map((invoice) => invoice.number)).toEqual(Array.from({ length: 12 }, (_, index) => `INV-${String(index + 1).padStart(6, "0")}`));
  });
});
