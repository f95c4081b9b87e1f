// The merchant SDK (lib/sdk) over real HTTP against the production build, with the seed's keys.
import { PlugipayClient, PlugipayError } from "../lib/sdk";
import { expect, RETURN_URL, serverClockOffsetMs, test, type SeededKey } from "./fixtures";
import { E2E_ORIGIN } from "./e2e-env";

function sdk(key: SeededKey, pathPrefix?: "/api/v1" | "/v1") {
  return new PlugipayClient({
    keyId: key.keyId,
    secret: key.secret,
    baseUrl: `${E2E_ORIGIN}/`,
    pathPrefix,
    timeoutMs: 10_000,
    // The e2e server's clock may be moved forward; sign with its time, as a merchant's synced clock would.
    now: () => Date.now() + serverClockOffsetMs(),
  });
}

test.describe("Plugipay SDK over HTTP", () => {
  test("mints a portal session under /api/v1 (default) and /v1", async ({ acme }) => {
    const fullAccess = acme.keys.find((key) => key.scopes.includes("*"))!;
    const customer = acme.customers[0]!;
    for (const pathPrefix of [undefined, "/v1"] as const) {
      const session = await sdk(fullAccess, pathPrefix).portalSessions.create({ customerId: customer.id, returnUrl: RETURN_URL });
      expect(session.id).toMatch(/^ps_[0-9A-HJKMNP-TV-Z]{26}$/);
      expect(session).toMatchObject({ accountId: acme.accountId, customerId: customer.id, returnUrl: RETURN_URL });
      expect(session.url).toMatch(new RegExp(`^${E2E_ORIGIN}/portal/${session.id}#t=.+`));
      expect(Date.parse(session.expiresAt) - Date.parse(session.createdAt)).toBe(15 * 60 * 1000);
    }
  });

  test("lists the subscriptions of customer 0", async ({ acme }) => {
    const client = sdk(acme.keys.find((key) => key.scopes.includes("*"))!);
    const customerId = acme.customers[0]!.id;
    const page = await client.subscriptions.list({ customerId });
    expect(page.data.length).toBeGreaterThanOrEqual(1);
    expect(page.hasMore).toBe(false);
    for (const subscription of page.data) expect(subscription).toMatchObject({ customerId, accountId: acme.accountId });
    expect(page.data.some((subscription) => subscription.status === "active")).toBe(true);
    const all = [];
    for await (const subscription of client.subscriptions.listAll({ customerId, limit: 1 })) all.push(subscription.id);
    expect(all.sort()).toEqual(page.data.map((subscription) => subscription.id).sort());
  });

  test("throws a 403 PlugipayError for the read-only key", async ({ acme }) => {
    const readOnly = acme.keys.find((key) => !key.scopes.includes("*"))!;
    const error = await sdk(readOnly)
      .portalSessions.create({ customerId: acme.customers[0]!.id, returnUrl: RETURN_URL })
      .then(() => null, (reason: unknown) => reason);
    expect(error).toBeInstanceOf(PlugipayError);
    expect(error).toMatchObject({ status: 403, code: "insufficient_scope" });
    expect((error as PlugipayError).requestId).toMatch(/^req_[0-9A-HJKMNP-TV-Z]{26}$/);
  });
});
