// The merchant SDK (lib/sdk) over real HTTP against the target server.
import { PlugipayError } from "../lib/sdk";
import { expect, test, LOCAL_ONLY, RETURN_URL, resolveE2eTarget } from "./fixtures";
import { createMerchantClient } from "./kit/create-merchant-client";

const { portalOrigin } = resolveE2eTarget();

test.describe("Plugipay SDK over HTTP", () => {
  test("mints a portal session under /api/v1 (default) and /v1", async ({ merchant, merchantKey }) => {
    const customer = await merchant.customer();
    for (const pathPrefix of [undefined, "/v1"] as const) {
      const session = await createMerchantClient(merchantKey, pathPrefix).portalSessions.create({ customerId: customer.id, returnUrl: RETURN_URL });
      expect(session.id).toMatch(/^ps_[0-9A-HJKMNP-TV-Z]{26}$/);
      expect(session).toMatchObject({ accountId: customer.accountId, customerId: customer.id, returnUrl: RETURN_URL });
      expect(session.url).toMatch(new RegExp(`^${portalOrigin}/portal/${session.id}#t=.+`));
      expect(Date.parse(session.expiresAt) - Date.parse(session.createdAt)).toBe(15 * 60 * 1000);
    }
  });

  test("lists a customer's subscriptions, page by page", async ({ merchant }) => {
    const customer = await merchant.customer();
    await merchant.subscription(customer, await merchant.plan("Pro", 4900), { billing: "invoice" });
    await merchant.subscription(customer, await merchant.plan("Starter", 1900), { billing: "invoice", trialDays: 14 });
    const client = merchant.client;
    const page = await client.subscriptions.list({ customerId: customer.id });
    expect(page.data).toHaveLength(2);
    expect(page.hasMore).toBe(false);
    for (const subscription of page.data) expect(subscription).toMatchObject({ customerId: customer.id, accountId: customer.accountId });
    expect(page.data.map((subscription) => subscription.status).sort()).toEqual(["active", "trialing"]);
    const all = [];
    for await (const subscription of client.subscriptions.listAll({ customerId: customer.id, limit: 1 })) all.push(subscription.id);
    expect(all.sort()).toEqual(page.data.map((subscription) => subscription.id).sort());
  });

  // Local only: the read-only key comes from the seed; no API creates keys.
  test("throws a 403 PlugipayError for the read-only key", { tag: LOCAL_ONLY }, async ({ seed }) => {
    const acme = seed.workspaces[0]!;
    const readOnly = acme.keys.find((key) => !key.scopes.includes("*"))!;
    const error = await createMerchantClient(readOnly)
      .portalSessions.create({ customerId: acme.customers[0]!.id, returnUrl: RETURN_URL })
      .then(
        () => null,
        (reason: unknown) => reason,
      );
    expect(error).toBeInstanceOf(PlugipayError);
    expect(error).toMatchObject({ status: 403, code: "insufficient_scope" });
    expect((error as PlugipayError).requestId).toMatch(/^req_[0-9A-HJKMNP-TV-Z]{26}$/);
  });
});
