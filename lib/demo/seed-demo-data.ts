// Demo and QA data (docs/api.md §9): workspace A (three customers, plans, keys with and without the
// portal scope), workspace B, and a platform connected to B but not to A.
import "server-only";
import { prisma } from "../db";
import { now } from "../clock";
import { newId } from "../ids";
import { TEST_CARDS, testModeProcessor } from "../processor";
import { nextInvoiceNumber } from "../invoices/next-invoice-number";
import { env } from "../env";
import { createApiKey } from "../api-keys/create-api-key";
import { connectToPlatform, createWorkspace } from "../workspaces/create-workspace";
import type { Mode } from "../tenancy";

export const DEMO_WORKSPACE_A_NAME = "Acme Cloud";

export type SeededWorkspace = {
  name: string;
  accountId: string;
  workspaceId: string;
  platform: boolean;
  keys: { keyId: string; secret: string; scopes: string[] }[];
  customers: { id: string; name: string; email: string }[];
};

export type SeedResult = { portalOrigin: string; workspaces: SeededWorkspace[] };

const MODE: Mode = "test";
const DAY_MS = 24 * 60 * 60 * 1000;
const DEFAULT_PORTAL_FEATURES = {
  selfServeCancel: true,
  selfServePause: false,
  selfServeUpgrade: true,
  selfServeDowngrade: true,
  updatePaymentMethod: true,
};

export async function seedDemoData(): Promise<SeedResult> {
  const workspaceA = await seedWorkspaceA();
  const workspaceB = await seedWorkspaceB();
  const platform = await seedPlatform(workspaceB.workspaceId);
  return { portalOrigin: env().portalOrigin, workspaces: [workspaceA, workspaceB, platform] };
}

async function seedWorkspaceA(): Promise<SeededWorkspace> {
  const workspace = await createWorkspace({ name: DEMO_WORKSPACE_A_NAME });
  await prisma.portalSettings.create({
    data: { workspaceId: workspace.id, brandName: "Acme Cloud", accentColor: "#4338ca" },
  });
  const fullAccess = await createApiKey({ workspaceId: workspace.id, mode: MODE, name: "Full access", scopes: ["*"] });
  const readOnly = await createApiKey({
    workspaceId: workspace.id,
    mode: MODE,
    name: "Read only (no portal:create)",
    scopes: ["plugipay:customers:read", "plugipay:subscriptions:read", "plugipay:invoices:read"],
  });
  const plans = {
    starter: await createPlan(workspace.id, "Starter", "For side projects", 1900),
    pro: await createPlan(workspace.id, "Pro", "For growing teams", 4900),
    business: await createPlan(workspace.id, "Business", "For companies that need more", 9900),
  };

  const ada = await createCustomer(workspace.id, "Ada Lovelace", "ada@example.com");
  const card = await createCard(workspace.id, ada.id, { number: TEST_CARDS.visa.number, expMonth: 12, expYear: 2030 });
  await prisma.customer.update({ where: { id: ada.id }, data: { defaultPaymentMethodId: card.id } });
  const periodStart = new Date(now().getTime() - 10 * DAY_MS);
  const adaSubscription = await createSubscription(workspace.id, ada.id, plans.pro, {
    periodStart,
    periodEnd: addMonths(periodStart, 1),
  });
  for (const monthsAgo of [2, 1]) {
    const issuedAt = addMonths(periodStart, -monthsAgo);
    await createInvoice(workspace.id, ada.id, adaSubscription.id, {
      status: "paid",
      issuedAt,
      lines: [{ description: "Pro (monthly)", unitAmount: 4900, priceId: plans.pro.priceId }],
    });
  }
  await createInvoice(workspace.id, ada.id, adaSubscription.id, {
    status: "open",
    issuedAt: periodStart,
    lines: [
      { description: "Pro (monthly)", unitAmount: 4900, priceId: plans.pro.priceId },
      { description: "Extra seats × 2", unitAmount: 1000, quantity: 2, priceId: null },
    ],
  });

  const grace = await createCustomer(workspace.id, "Grace Hopper", "grace@example.com");

  const alan = await createCustomer(workspace.id, "Alan Turing", "alan@example.com");
  const alanCard = await createCard(workspace.id, alan.id, { number: TEST_CARDS.mastercard.number, expMonth: 8, expYear: 2029 });
  await prisma.customer.update({ where: { id: alan.id }, data: { defaultPaymentMethodId: alanCard.id } });
  const alanStart = new Date(now().getTime() - 20 * DAY_MS);
  const alanEnd = addMonths(alanStart, 1);
  await createSubscription(workspace.id, alan.id, plans.starter, {
    periodStart: alanStart,
    periodEnd: alanEnd,
    cancelAt: alanEnd,
  });
  await createInvoice(workspace.id, alan.id, null, {
    status: "paid",
    issuedAt: alanStart,
    lines: [{ description: "Starter (monthly)", unitAmount: 1900, priceId: plans.starter.priceId }],
  });

  return {
    name: workspace.name,
    accountId: workspace.accountId,
    workspaceId: workspace.id,
    platform: false,
    keys: [fullAccess, readOnly].map(({ keyId, secret, scopes }) => ({ keyId, secret, scopes })),
    customers: [ada, grace, alan].map(({ id, name, email }) => ({ id, name: name ?? "", email: email ?? "" })),
  };
}

async function seedWorkspaceB(): Promise<SeededWorkspace> {
  const workspace = await createWorkspace({ name: "Globex Media" });
  const key = await createApiKey({ workspaceId: workspace.id, mode: MODE, name: "Full access", scopes: ["*"] });
  const customer = await createCustomer(workspace.id, "Hank Scorpio", "hank@globex.example");
  await createPlan(workspace.id, "Globex Monthly", null, 2500);
  return {
    name: workspace.name,
    accountId: workspace.accountId,
    workspaceId: workspace.id,
    platform: false,
    keys: [{ keyId: key.keyId, secret: key.secret, scopes: key.scopes }],
    customers: [{ id: customer.id, name: customer.name ?? "", email: customer.email ?? "" }],
  };
}

async function seedPlatform(connectedWorkspaceId: string): Promise<SeededWorkspace> {
  const workspace = await createWorkspace({ name: "Partnerly Platform", isPlatform: true });
  await connectToPlatform(workspace.id, connectedWorkspaceId);
  const key = await createApiKey({ workspaceId: workspace.id, mode: MODE, name: "Platform full access", scopes: ["*"] });
  return {
    name: workspace.name,
    accountId: workspace.accountId,
    workspaceId: workspace.id,
    platform: true,
    keys: [{ keyId: key.keyId, secret: key.secret, scopes: key.scopes }],
    customers: [],
  };
}

async function createCustomer(workspaceId: string, name: string, email: string) {
  return prisma.customer.create({ data: { id: newId("customer"), workspaceId, mode: MODE, name, email } });
}

async function createPlan(workspaceId: string, name: string, description: string | null, unitAmount: number) {
  const planId = newId("plan");
  const priceId = newId("price");
  await prisma.plan.create({
    data: {
      id: planId,
      workspaceId,
      mode: MODE,
      name,
      description,
      interval: "month",
      portalFeatures: JSON.stringify(DEFAULT_PORTAL_FEATURES),
      prices: { create: { id: priceId, workspaceId, mode: MODE, currency: "USD", unitAmount } },
    },
  });
  return { planId, priceId, unitAmount };
}

async function createCard(workspaceId: string, customerId: string, card: { number: string; expMonth: number; expYear: number }) {
  const result = await testModeProcessor.tokenizeCard({ ...card, cvc: "123" }, now());
  if (!result.ok) throw new Error(`Demo card refused: ${result.message}`);
  const { brand, last4, expMonth, expYear, fingerprint, processorToken } = result.card;
  return prisma.paymentMethod.create({
    data: { id: newId("paymentMethod"), workspaceId, mode: MODE, customerId, brand, last4, expMonth, expYear, fingerprint, processorToken },
  });
}

async function createSubscription(
  workspaceId: string,
  customerId: string,
  plan: { planId: string; priceId: string },
  options: { periodStart: Date; periodEnd: Date; cancelAt?: Date },
) {
  return prisma.subscription.create({
    data: {
      id: newId("subscription"),
      workspaceId,
      mode: MODE,
      customerId,
      planId: plan.planId,
      priceId: plan.priceId,
      status: "active",
      currentPeriodStart: options.periodStart,
      currentPeriodEnd: options.periodEnd,
      cancelAt: options.cancelAt ?? null,
    },
  });
}

async function createInvoice(
  workspaceId: string,
  customerId: string,
  subscriptionId: string | null,
  invoice: {
    status: "paid" | "open";
    issuedAt: Date;
    lines: { description: string; unitAmount: number; quantity?: number; priceId: string | null }[];
  },
) {
  const lines = invoice.lines.map((line, position) => {
    const quantity = line.quantity ?? 1;
    return {
      id: newId("invoiceLine"),
      position,
      description: line.description,
      quantity,
      unitAmount: line.unitAmount,
      amount: quantity * line.unitAmount,
      priceId: line.priceId,
    };
  });
  const total = lines.reduce((sum, line) => sum + line.amount, 0);
  const isPaid = invoice.status === "paid";
  return prisma.invoice.create({
    data: {
      id: newId("invoice"),
      workspaceId,
      mode: MODE,
      customerId,
      subscriptionId,
      status: invoice.status,
      number: await nextInvoiceNumber(prisma, { workspaceId, mode: MODE }),
      currency: "USD",
      subtotal: total,
      total,
      amountPaid: isPaid ? total : 0,
      amountDue: isPaid ? 0 : total,
      issuedAt: invoice.issuedAt,
      dueAt: new Date(invoice.issuedAt.getTime() + 14 * DAY_MS),
      paidAt: isPaid ? invoice.issuedAt : null,
      createdAt: invoice.issuedAt,
      lines: { create: lines },
    },
  });
}

function addMonths(date: Date, months: number): Date {
  const result = new Date(date);
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
}
