// The SDK against the real API wrapper in-process and a real database: portal sessions, errors,
// scopes, on-behalf-of, subscriptions and portal settings (docs/api.md §2, §3, §7, §10).
import { describe, expect, it } from "vitest";
import { handleApiRequest } from "../api/handle-api-request";
import { addKey, connect, createTestWorkspace } from "../testing/fixtures";
import { createSubscribedCustomer } from "../testing/portal-fixtures";
import { PlugipayClient } from "./plugipay-client";
import { PlugipayError } from "./errors";
import { inProcessClient, rejectionOf } from "./testing/in-process";

const RETURN_URL = "https://app.acme.com/account";
const UNKNOWN_CUSTOMER = "cus_01HXAB7K3M9N2P5QRS8TVWXY3Z";
const REQUEST_ID = /^req_[0-9A-HJKMNP-TV-Z]{26}$/;

describe("PlugipayClient through handleApiRequest", () => {
  it("mints a portal session (201) under /api/v1 and /v1, with the brief's fetch", async () => {
    const workspace = await createTestWorkspace();
    for (const pathPrefix of ["/api/v1", "/v1"] as const) {
      const { sdk, exchanges } = inProcessClient(workspace.key, { pathPrefix });
      const session = await sdk.portalSessions.create({ customerId: workspace.customerId, returnUrl: RETURN_URL });
      expect(exchanges[0]).toMatchObject({ method: "POST", url: `http://localhost:3000${pathPrefix}/portal-sessions`, status: 201 });
      expect(Object.keys(session).sort()).toEqual(["accountId", "arn", "createdAt", "customerId", "expiresAt", "id", "returnUrl", "url"]);
      expect(session.id).toMatch(/^ps_[0-9A-HJKMNP-TV-Z]{26}$/);
      expect(session).toMatchObject({ accountId: workspace.accountId, customerId: workspace.customerId, returnUrl: RETURN_URL });
      expect(session.arn).toBe(`arn:plugipay:${workspace.accountId}:portal-session/${session.id}`);
      expect(session.url).toMatch(new RegExp(`^https://portal\\.test/portal/${session.id}#t=.+`));
      expect(Date.parse(session.expiresAt) - Date.parse(session.createdAt)).toBe(15 * 60 * 1000);
    }
    const sdk = new PlugipayClient({
      keyId: workspace.key.keyId,
      secret: workspace.key.secret,
      baseUrl: "http://localhost:3000",
      fetch: ((input, init) => handleApiRequest(new Request(input, init))) as typeof fetch,
    });
    await expect(sdk.portalSessions.create({ customerId: workspace.customerId, returnUrl: RETURN_URL })).resolves.toMatchObject({
      customerId: workspace.customerId,
    });
  });

  it("throws PlugipayError 404 not_found with the request id", async () => {
    const workspace = await createTestWorkspace();
    const { sdk, exchanges } = inProcessClient(workspace.key);
    const error = await rejectionOf(sdk.portalSessions.create({ customerId: UNKNOWN_CUSTOMER, returnUrl: RETURN_URL }));
    expect(error).toBeInstanceOf(PlugipayError);
    expect(error).toMatchObject({ status: 404, code: "not_found" });
    expect((error as PlugipayError).requestId).toMatch(REQUEST_ID);
    expect((error as PlugipayError).requestId).toBe(exchanges[0]?.headers.get("x-request-id"));
  });

  it("throws VALIDATION_ERROR with the field, and 401 for a wrong secret", async () => {
    const workspace = await createTestWorkspace();
    const { sdk } = inProcessClient(workspace.key);
    const invalid = await rejectionOf(sdk.portalSessions.create({ customerId: workspace.customerId, returnUrl: "http://insecure.example" }));
    expect(invalid).toMatchObject({ status: 400, code: "VALIDATION_ERROR", field: "returnUrl" });
    const forged = inProcessClient({ keyId: workspace.key.keyId, secret: `${workspace.key.secret}x` }).sdk;
    expect(await rejectionOf(forged.portalSettings.get())).toMatchObject({ status: 401, code: "invalid_signature" });
    const skewed = inProcessClient(workspace.key, { now: () => Date.now() - 301_000 }).sdk;
    expect(await rejectionOf(skewed.portalSettings.get())).toMatchObject({ status: 401, code: "timestamp_skew" });
  });

  it("signs encoded path ids and query strings the way the server verifies them", async () => {
    const workspace = await createTestWorkspace();
    const { sdk } = inProcessClient(workspace.key);
    expect(await rejectionOf(sdk.subscriptions.get("sub_ odd/id?x=1"))).toMatchObject({ status: 404, code: "not_found" });
    await expect(sdk.subscriptions.list({ customerId: "cus_a+b c", limit: 5 })).resolves.toEqual({ data: [], cursor: null, hasMore: false });
  });

  it("refuses a key without the scope: 403 insufficient_scope", async () => {
    const workspace = await createTestWorkspace();
    const readOnly = await addKey(workspace, { scopes: ["plugipay:subscriptions:read"] });
    const { sdk } = inProcessClient(readOnly);
    const error = await rejectionOf(sdk.portalSessions.create({ customerId: workspace.customerId, returnUrl: RETURN_URL }));
    expect(error).toMatchObject({ status: 403, code: "insufficient_scope" });
    expect((error as PlugipayError).requestId).toMatch(REQUEST_ID);
    await expect(sdk.subscriptions.list()).resolves.toMatchObject({ data: [] });
  });

  it("acts on behalf of a connected merchant through forMerchant, and only then", async () => {
    const platform = await createTestWorkspace({ isPlatform: true });
    const merchant = await createTestWorkspace();
    const stranger = await createTestWorkspace();
    await connect(platform, merchant);
    const { sdk } = inProcessClient(platform.key);
    const session = await sdk.forMerchant(merchant.accountId).portalSessions.create({ customerId: merchant.customerId, returnUrl: RETURN_URL });
    expect(session.accountId).toBe(merchant.accountId);
    expect(await sdk.forMerchant(merchant.accountId).portalSettings.get()).toMatchObject({ accountId: merchant.accountId });
    expect(
      await rejectionOf(sdk.forMerchant(stranger.accountId).portalSessions.create({ customerId: stranger.customerId, returnUrl: RETURN_URL })),
    ).toMatchObject({ status: 404, code: "not_found" });
    expect(await rejectionOf(sdk.portalSessions.create({ customerId: merchant.customerId, returnUrl: RETURN_URL }))).toMatchObject({
      status: 404,
      code: "not_found",
    });
    const notPlatform = inProcessClient(merchant.key).sdk.forMerchant(stranger.accountId);
    expect(await rejectionOf(notPlatform.portalSettings.get())).toMatchObject({ status: 403, code: "insufficient_scope" });
  });

  it("replays a call made with the same idempotencyKey; automatic keys never collide", async () => {
    const workspace = await createTestWorkspace();
    const { sdk, exchanges } = inProcessClient(workspace.key);
    const params = { customerId: workspace.customerId, returnUrl: RETURN_URL };
    const first = await sdk.portalSessions.create(params, { idempotencyKey: "idem_sdk_replay" });
    const again = await sdk.portalSessions.create(params, { idempotencyKey: "idem_sdk_replay" });
    expect(again.id).toBe(first.id);
    expect(exchanges[1]?.headers.get("idempotent-replayed")).toBe("true");
    const fresh = await sdk.portalSessions.create(params);
    expect(fresh.id).not.toBe(first.id);
    expect(await rejectionOf(sdk.portalSessions.create({ ...params, returnUrl: `${RETURN_URL}/x` }, { idempotencyKey: "idem_sdk_replay" }))).toMatchObject({
      status: 409,
      code: "idempotency_mismatch",
    });
  });
});

describe("subscriptions and portal settings through the SDK", () => {
  it("lists, retrieves, updates, cancels, resumes, pauses and creates subscriptions", async () => {
    const { workspace, customerId, subscription, plans } = await createSubscribedCustomer();
    const { sdk } = inProcessClient(workspace.key);
    const page = await sdk.subscriptions.list({ customerId });
    expect(page).toMatchObject({ cursor: null, hasMore: false });
    expect(page.data.map((row) => row.id)).toEqual([subscription.id]);
    expect(await sdk.subscriptions.get(subscription.id)).toMatchObject({ id: subscription.id, status: "active", priceId: plans.pro.priceId });
    expect(await sdk.subscriptions.update(subscription.id, { metadata: { seats: "3" } })).toMatchObject({ metadata: { seats: "3" } });
    const cancelling = await sdk.subscriptions.cancel(subscription.id, { reason: "merchant" });
    expect(cancelling).toMatchObject({ status: "active", canceledReason: "merchant" });
    expect(cancelling.cancelAt).toBe(cancelling.currentPeriodEnd);
    expect(await sdk.subscriptions.resume(subscription.id)).toMatchObject({ cancelAt: null });
    const resumeAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
    expect(await sdk.subscriptions.pause(subscription.id, { resumeAt })).toMatchObject({ status: "paused" });
    expect(await sdk.subscriptions.resume(subscription.id)).toMatchObject({ status: "active", pausedAt: null });
    const created = await sdk.subscriptions.create({ customerId, planId: plans.starter.planId, priceId: plans.starter.priceId, trialDays: 14 });
    expect(created).toMatchObject({ customerId, status: "trialing", planId: plans.starter.planId });
    expect(await sdk.subscriptions.cancel(created.id, { at: "now" })).toMatchObject({ status: "canceled", canceledReason: "user_request" });
    const ids: string[] = [];
    for await (const row of sdk.subscriptions.listAll({ customerId, limit: 1 })) ids.push(row.id);
    expect(ids.sort()).toEqual([subscription.id, created.id].sort());
  });

  it("retrieves and updates portal settings; verifying without a domain is 404", async () => {
    const workspace = await createTestWorkspace();
    const { sdk } = inProcessClient(workspace.key);
    expect(await sdk.portalSettings.get()).toMatchObject({
      accountId: workspace.accountId,
      cancelSubscription: true,
      viewInvoices: true,
      customDomainStatus: "none",
    });
    const updated = await sdk.portalSettings.update({ viewInvoices: false, brandName: "Acme", accentColor: "#AA3300" });
    expect(updated).toMatchObject({ viewInvoices: false, brandName: "Acme", accentColor: "#aa3300", changePlan: true });
    expect(await sdk.portalSettings.get()).toMatchObject({ viewInvoices: false, brandName: "Acme" });
    expect(await rejectionOf(sdk.portalSettings.verifyCustomDomain())).toMatchObject({ status: 404, code: "not_found" });
    expect(await rejectionOf(sdk.portalSettings.update({ logoUrl: "http://insecure.example/logo.png" }))).toMatchObject({
      status: 400,
      code: "VALIDATION_ERROR",
      field: "logoUrl",
    });
  });
});
