// Test data made through the merchant API (docs/api.md §10), over signed HTTP with the SDK: each test
// creates exactly the customers, plans, subscriptions and invoices it needs, so it runs against any
// server and never depends on another test's data. cleanUp() cancels the test's subscriptions,
// archives its plans and puts back the portal settings it changed.
import { randomBytes } from "node:crypto";
import { PlugipayError } from "../../lib/sdk";
import type { Customer, Invoice, PlugipayClient, PortalFeatures, Subscription, UpdatePortalSettingsParams } from "../../lib/sdk";
import { recordCustomerEvents } from "./record-customer-events";

export const RETURN_URL = "https://app.acme.com/account";

export type TestPlan = { id: string; priceId: string; name: string; unitAmount: number };

export type SubscriptionOptions = {
  /** "card" (default) charges the customer's default card, so one must be on file; "invoice" sends the invoice (it stays open). */
  billing?: "card" | "invoice";
  trialDays?: number;
  cancelAtPeriodEnd?: boolean;
};

/** Both plan-change directions, as the seed's catalogue offers (the API's defaults offer neither). */
const PLAN_CHANGE_FEATURES: Partial<PortalFeatures> = { selfServeUpgrade: true, selfServeDowngrade: true };

type PortalToggles = Pick<UpdatePortalSettingsParams, "cancelSubscription" | "updatePaymentMethod" | "viewInvoices" | "changePlan" | "updateBillingDetails">;

export type MerchantFactories = ReturnType<typeof createMerchantFactories>;

export function createMerchantFactories(client: PlugipayClient) {
  // Plan names carry this test's tag: the portal offers every active plan of the workspace, and the
  // target server may hold other plans called "Pro".
  const tag = randomBytes(3).toString("hex");
  const planIds: string[] = [];
  const subscriptionIds: string[] = [];
  let originalToggles: PortalToggles | null = null;
  let customerCount = 0;

  async function plan(name: string, unitAmount: number): Promise<TestPlan> {
    const created = await client.plans.create({
      name: `${name} ${tag}`,
      interval: "month",
      portalFeatures: PLAN_CHANGE_FEATURES,
      prices: [{ currency: "USD", unitAmount, model: "flat" }],
    });
    planIds.push(created.id);
    return { id: created.id, priceId: created.prices[0]!.id, name: created.name, unitAmount };
  }

  async function subscription(customer: Customer, subscribed: TestPlan, options: SubscriptionOptions = {}): Promise<Subscription> {
    const created = await client.subscriptions.create({
      customerId: customer.id,
      planId: subscribed.id,
      priceId: subscribed.priceId,
      collectionMethod: options.billing === "invoice" ? "send_invoice" : "charge_automatically",
      trialDays: options.trialDays,
    });
    subscriptionIds.push(created.id);
    if (created.status !== "active" && created.status !== "trialing") {
      throw new Error(`The new subscription is ${created.status}: billing by card needs a card on file (attachCard in the portal first)`);
    }
    return options.cancelAtPeriodEnd ? client.subscriptions.cancel(created.id, { at: "period_end" }) : created;
  }

  return {
    client,
    customer(name = "Ada Lovelace"): Promise<Customer> {
      customerCount += 1;
      const email = `${name.split(" ")[0]!.toLowerCase()}.${tag}.${customerCount}@example.com`;
      return client.customers.create({ name, email });
    },
    plan,
    /** Starter, Pro and Business, monthly in USD like the seed's: the plans a customer switches between. */
    async catalogue() {
      return { starter: await plan("Starter", 1900), pro: await plan("Pro", 4900), business: await plan("Business", 9900) };
    },
    subscription,
    /** An open invoice: the first invoice of a subscription billed by invoice. */
    async openInvoice(customer: Customer, invoiced: TestPlan): Promise<Invoice> {
      const { id } = await subscription(customer, invoiced, { billing: "invoice" });
      const [invoice] = (await client.invoices.list({ subscriptionId: id })).data;
      if (invoice?.status !== "open") throw new Error(`Expected the subscription's first invoice to be open, got ${invoice?.status}`);
      return invoice;
    },
    async setPlanFeatures(changed: TestPlan, features: Partial<PortalFeatures>): Promise<void> {
      await client.plans.update(changed.id, { portalFeatures: features });
    },
    /** Workspace-wide, for sessions minted afterwards; cleanUp() restores the previous values. */
    async setPortalToggles(toggles: PortalToggles): Promise<void> {
      if (!originalToggles) {
        const { cancelSubscription, updatePaymentMethod, viewInvoices, changePlan, updateBillingDetails } = await client.portalSettings.get();
        originalToggles = { cancelSubscription, updatePaymentMethod, viewInvoices, changePlan, updateBillingDetails };
      }
      await client.portalSettings.update(toggles);
    },
    async brandName(): Promise<string> {
      return (await client.portalSettings.get()).brandName ?? "";
    },
    async portalUrl(customer: Customer): Promise<string> {
      return (await client.portalSessions.create({ customerId: customer.id, returnUrl: RETURN_URL })).url;
    },
    recordEvents: (customer: Customer) => recordCustomerEvents(client, customer),
    async cleanUp(): Promise<void> {
      if (originalToggles) await client.portalSettings.update(originalToggles);
      for (const id of subscriptionIds) {
        await client.subscriptions.cancel(id, { at: "now" }).catch((error: unknown) => {
          if (!(error instanceof PlugipayError && error.status === 409)) throw error; // already cancelled
        });
      }
      for (const id of planIds) await client.plans.archive(id);
    },
  };
}
