// Integration fixtures for portal domain tests: a workspace with plans, a subscribed customer with a
// card, and an open invoice — created through the same code paths the product uses.
import "server-only";
import { prisma } from "../db";
import { now } from "../clock";
import { newId } from "../ids";
import { TEST_CARDS } from "../processor";
import { attachCard } from "../payment-methods/attach-card";
import { nextInvoiceNumber } from "../invoices/next-invoice-number";
import type { Tenant } from "../tenancy";
import { createTestWorkspace } from "./fixtures";

const DAY_MS = 86_400_000;

export async function createSubscribedCustomer(options: { features?: Record<string, boolean> } = {}) {
  const workspace = await createTestWorkspace();
  const tenant: Tenant = { workspaceId: workspace.workspaceId, accountId: workspace.accountId, mode: "test" };
  const features = {
    selfServeCancel: true,
    selfServePause: false,
    selfServeUpgrade: true,
    selfServeDowngrade: true,
    updatePaymentMethod: true,
    ...options.features,
  };
  const plan = async (name: string, unitAmount: number) => {
    const priceId = newId("price");
    const planRow = await prisma.plan.create({
      data: {
        id: newId("plan"),
        ...tenantData(tenant),
        name,
        interval: "month",
        portalFeatures: JSON.stringify(features),
        prices: { create: { id: priceId, ...tenantData(tenant), currency: "USD", unitAmount } },
      },
    });
    return { planId: planRow.id, priceId, unitAmount };
  };
  const starter = await plan("Starter", 1900);
  const pro = await plan("Pro", 4900);
  const business = await plan("Business", 9900);
  const card = await attachCard(
    tenant,
    workspace.customerId,
    { number: TEST_CARDS.visa.number, expMonth: 12, expYear: 2034, cvc: "123" },
    { makeDefault: true },
  );
  const periodStart = new Date(now().getTime() - 10 * DAY_MS);
  const subscription = await prisma.subscription.create({
    data: {
      id: newId("subscription"),
      ...tenantData(tenant),
      customerId: workspace.customerId,
      planId: pro.planId,
      priceId: pro.priceId,
      status: "active",
      currentPeriodStart: periodStart,
      currentPeriodEnd: new Date(periodStart.getTime() + 30 * DAY_MS),
    },
  });
  const invoice = await prisma.invoice.create({
    data: {
      id: newId("invoice"),
      ...tenantData(tenant),
      customerId: workspace.customerId,
      subscriptionId: subscription.id,
      status: "open",
      number: await nextInvoiceNumber(prisma, tenant),
      currency: "USD",
      subtotal: 4900,
      total: 4900,
      amountDue: 4900,
      issuedAt: periodStart,
      lines: { create: { id: newId("invoiceLine"), position: 0, description: "Pro", quantity: 1, unitAmount: 4900, amount: 4900, priceId: pro.priceId } },
    },
  });
  return { workspace, tenant, customerId: workspace.customerId, plans: { starter, pro, business }, card, subscription, invoice };
}

function tenantData(tenant: Tenant) {
  return { workspaceId: tenant.workspaceId, mode: tenant.mode };
}

export async function eventsOf(tenant: Tenant) {
  const events = await prisma.event.findMany({ where: { workspaceId: tenant.workspaceId }, orderBy: [{ occurredAt: "asc" }, { id: "asc" }] });
  return events.map((event) => ({
    ...event,
    data: JSON.parse(event.data) as { object: Record<string, unknown>; previousAttributes?: Record<string, unknown> },
  }));
}
