// The QA kit's Playwright fixtures: every test makes its own data through the merchant API and drives
// the portal in the browser, against the local e2e server or any server named by PLUGIPAY_BASE_URL
// (README, "Writing Playwright tests against it").
import { test as base, expect } from "@playwright/test";
import type { Customer, Subscription } from "../lib/sdk";
import { createMerchantClient } from "./kit/create-merchant-client";
import { createMerchantFactories, type MerchantFactories, type SubscriptionOptions, type TestPlan } from "./kit/create-merchant-factories";
import { attachCard, navigateTo, openPortal } from "./kit/portal-page";
import { resolveE2eTarget, type E2eKey } from "./kit/resolve-e2e-target";
import { runSeed, type SeedResult } from "./kit/run-seed";
import { serverClock } from "./kit/server-clock";

export type Subscriber = { customer: Customer; subscription: Subscription; url: string };

type WorkerFixtures = {
  /** The seed's workspaces on the local database (tests tagged @local only). */
  seed: SeedResult;
  /** PLUGIPAY_KEY_ID / PLUGIPAY_KEY_SECRET, or locally the full-access key of a workspace the seed made for this worker. */
  merchantKey: E2eKey;
};

type TestFixtures = {
  resetServerClock: void;
  merchant: MerchantFactories;
  /** Mints a portal URL for the customer and opens it, signed in; returns the URL. */
  openPortalFor: (customer: Customer) => Promise<string>;
  /** A new customer with Visa 4242 added in the portal and a subscription charged to it, shown on the Overview. */
  subscribedCustomer: (plan: TestPlan, options?: Pick<SubscriptionOptions, "cancelAtPeriodEnd" | "trialDays"> & { name?: string }) => Promise<Subscriber>;
};

const target = resolveE2eTarget();
let seeded: SeedResult | undefined;

/** One seed per worker process: its own workspaces, so workers never share workspace-wide settings. */
function seedOnce(): SeedResult {
  if (target.isRemote) throw new Error("The seed runs on the local database only: tag this test @local");
  seeded ??= runSeed();
  return seeded;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  // eslint-disable-next-line no-empty-pattern
  seed: [async ({}, use) => use(seedOnce()), { scope: "worker" }],
  // eslint-disable-next-line no-empty-pattern
  merchantKey: [async ({}, use) => use(target.key ?? seedOnce().workspaces[0]!.keys.find((key) => key.scopes.includes("*"))!), { scope: "worker" }],
  resetServerClock: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      serverClock.reset();
      await use();
      serverClock.reset();
    },
    { auto: true },
  ],
  merchant: async ({ merchantKey }, use) => {
    const factories = createMerchantFactories(createMerchantClient(merchantKey));
    await use(factories);
    serverClock.reset(); // before any further request: see serverClock.advance
    await factories.cleanUp();
  },
  openPortalFor: async ({ page, merchant }, use) => {
    await use(async (customer) => {
      const url = await merchant.portalUrl(customer);
      await openPortal(page, url);
      return url;
    });
  },
  subscribedCustomer: async ({ page, merchant, openPortalFor }, use) => {
    await use(async (plan, options = {}) => {
      const customer = await merchant.customer(options.name);
      const url = await openPortalFor(customer);
      await attachCard(page);
      const subscription = await merchant.subscription(customer, plan, options);
      await navigateTo(page, "Overview");
      return { customer, subscription, url };
    });
  },
});

export { expect };
export { RETURN_URL } from "./kit/create-merchant-factories";
export { attachCard, navigateTo, openPortal, submitCard } from "./kit/portal-page";
export { LOCAL_ONLY, resolveE2eTarget } from "./kit/resolve-e2e-target";
export { serverClock } from "./kit/server-clock";
export { signedCall } from "./kit/signed-call";
