// Starts a subscription: a trial when trialDays > 0; otherwise the first period's invoice is issued
// and, for charge_automatically, paid with the customer's card — active when it is paid, incomplete
// when it is not (the invoice stays open).
import "server-only";
import { prisma } from "../db";
import { now } from "../clock";
import { AppError, notFound } from "../errors";
import { newId } from "../ids";
import { appendEvent } from "../events/append-event";
import { tenantWhere, type Tenant } from "../tenancy";
import { createOpenInvoice } from "../invoices/create-invoice";
import { payInvoice } from "../invoices/pay-invoice";
import { addInterval } from "./billing-period";
import { toSubscriptionResource } from "./subscription-resource";
import { lockLiveCustomer } from "../customers/lock-live-customer";

export type CreateSubscriptionInput = {
  customerId: string;
  planId: string;
  priceId: string;
  trialDays?: number;
  paymentTokenId?: string;
  collectionMethod?: "charge_automatically" | "send_invoice";
  metadata?: Record<string, string>;
};

const DAY_MS = 86_400_000;
const INTERVAL_ADJECTIVES: Record<string, string> = { day: "daily", week: "weekly", month: "monthly", year: "yearly" };

export async function createSubscription(tenant: Tenant, input: CreateSubscriptionInput) {
  const [customer, price] = await Promise.all([
    prisma.customer.findFirst({ where: { id: input.customerId, ...tenantWhere(tenant), deletedAt: null } }),
    prisma.price.findFirst({ where: { id: input.priceId, planId: input.planId, ...tenantWhere(tenant) }, include: { plan: true } }),
  ]);
  if (!customer) throw notFound("customer", input.customerId);
  if (!price) throw notFound("price", input.priceId);
  if (!price.active || !price.plan.active) throw new AppError("invalid_state", "This plan or price is archived and cannot be subscribed to");
  if (input.paymentTokenId) {
    const card = await prisma.paymentMethod.findFirst({
      where: { id: input.paymentTokenId, customerId: customer.id, ...tenantWhere(tenant), detachedAt: null },
    });
    if (!card) throw notFound("payment method", input.paymentTokenId);
  }
  const collectionMethod = input.collectionMethod ?? "charge_automatically";
  const trialDays = input.trialDays ?? price.plan.trialDays;
  const start = now();
  const trialEnd = trialDays > 0 ? new Date(start.getTime() + trialDays * DAY_MS) : null;
  const periodEnd = trialEnd ?? addInterval(start, price.plan.interval, price.plan.intervalCount);

  const { subscriptionId, invoiceId } = await prisma.$transaction(async (tx) => {
    if (!(await lockLiveCustomer(tx, tenant, customer.id))) throw notFound("customer", input.customerId);
    const subscription = await tx.subscription.create({
      data: {
        id: newId("subscription"),
        ...tenantWhere(tenant),
        customerId: customer.id,
        planId: price.planId,
        priceId: price.id,
        status: trialEnd ? "trialing" : collectionMethod === "send_invoice" ? "active" : "incomplete",
        collectionMethod,
        currentPeriodStart: start,
        currentPeriodEnd: periodEnd,
        trialEnd,
        defaultPaymentMethodId: input.paymentTokenId ?? null,
        metadata: input.metadata ? JSON.stringify(input.metadata) : null,
      },
    });
    await appendEvent(tx, tenant, "subscription.created", toSubscriptionResource(subscription, tenant.accountId));
    if (trialEnd) return { subscriptionId: subscription.id, invoiceId: null };
    const invoice = await createOpenInvoice(tx, tenant, {
      customerId: customer.id,
      subscriptionId: subscription.id,
      currency: price.currency,
      lines: [
        {
          description: `${price.plan.name} (${INTERVAL_ADJECTIVES[price.plan.interval] ?? price.plan.interval})`,
          quantity: 1,
          unitAmount: price.unitAmount,
          priceId: price.id,
        },
      ],
      dueInDays: collectionMethod === "send_invoice" ? 30 : 0,
      period: { start, end: periodEnd },
    });
    return { subscriptionId: subscription.id, invoiceId: invoice.id };
  });

  if (invoiceId && collectionMethod === "charge_automatically") await collectFirstInvoice(tenant, subscriptionId, invoiceId);
  return toSubscriptionResource(await prisma.subscription.findUniqueOrThrow({ where: { id: subscriptionId } }), tenant.accountId);
}

async function collectFirstInvoice(tenant: Tenant, subscriptionId: string, invoiceId: string): Promise<void> {
  const invoice = await prisma.invoice.findUniqueOrThrow({ where: { id: invoiceId } });
  let isPaid = invoice.status === "paid";
  if (!isPaid) {
    try {
      isPaid = (await payInvoice(tenant, invoiceId)).status !== "failed";
    } catch (error) {
      if (!(error instanceof AppError && error.code === "invalid_state")) throw error; // no card: stays incomplete
    }
  }
  if (!isPaid) return;
  await prisma.$transaction(async (tx) => {
    const activated = await tx.subscription.update({ where: { id: subscriptionId }, data: { status: "active" } });
    await appendEvent(tx, tenant, "subscription.updated", toSubscriptionResource(activated, tenant.accountId), { status: "incomplete" });
  });
}
