// The subscriptions API (docs/api.md §10) through the real wrapper.
import { describe, expect, it } from "vitest";
import { prisma, databaseQueryCount } from "../db";
import { newId } from "../ids";
import { TEST_CARDS } from "../processor";
import { attachCard } from "../payment-methods/attach-card";
import { callApi } from "../testing/api-client";
import { addKey } from "../testing/fixtures";
import { createSubscribedCustomer, eventsOf } from "../testing/portal-fixtures";

const SUBSCRIPTION_KEYS = [
  "accountId",
  "arn",
  "canceledAt",
  "canceledReason",
  "cancelAt",
  "cancelAtPeriodEnd",
  "collectionMethod",
  "createdAt",
  "currentPeriodEnd",
  "currentPeriodStart",
  "customerId",
  "defaultPaymentTokenId",
  "discountCouponId",
  "id",
  "metadata",
  "pausedAt",
  "planId",
  "priceId",
  "resumeAt",
  "scheduledChange",
  "status",
  "trialEnd",
  "trialEndsAt",
  "updatedAt",
].sort();

describe("subscriptions API", () => {
  it("creates an active subscription and charges its first invoice", async () => {
    const { workspace, tenant, customerId, plans } = await createSubscribedCustomer();
    const result = await callApi({
      key: workspace.key,
      path: "/v1/subscriptions",
      idempotencyKey: "idem_sub_1",
      body: { customerId, planId: plans.business.planId, priceId: plans.business.priceId, metadata: { seat: "5" } },
    });
    expect(result.status).toBe(201);
    const subscription = result.json.data as Record<string, unknown>;
    expect(Object.keys(subscription).sort()).toEqual(SUBSCRIPTION_KEYS);
    expect(subscription).toMatchObject({
      status: "active",
      priceId: plans.business.priceId,
      metadata: { seat: "5" },
      collectionMethod: "charge_automatically",
      discountCouponId: null,
      trialEnd: null,
      trialEndsAt: null,
      cancelAtPeriodEnd: false,
    });
    const invoice = await prisma.invoice.findFirstOrThrow({ where: { subscriptionId: subscription.id as string } });
    expect(invoice).toMatchObject({ status: "paid", total: 9900 });
    const types = (await eventsOf(tenant)).map((event) => event.type);
    expect(types).toEqual(expect.arrayContaining(["subscription.created", "invoice.created", "invoice.paid", "subscription.updated"]));
    const replay = await callApi({
      key: workspace.key,
      path: "/v1/subscriptions",
      idempotencyKey: "idem_sub_1",
      body: { customerId, planId: plans.business.planId, priceId: plans.business.priceId, metadata: { seat: "5" } },
    });
    expect(replay.headers.get("Idempotent-Replayed")).toBe("true");
    expect(await prisma.subscription.count({ where: { customerId, priceId: plans.business.priceId } })).toBe(1);
  });

  it("starts a trial without charging, and leaves an unpaid subscription incomplete", async () => {
    const { workspace, customerId, plans } = await createSubscribedCustomer();
    const trial = await callApi({
      key: workspace.key,
      path: "/v1/subscriptions",
      body: { customerId, planId: plans.starter.planId, priceId: plans.starter.priceId, trialDays: 14 },
    });
    expect(trial.json.data).toMatchObject({ status: "trialing" });
    const { trialEnd, trialEndsAt } = trial.json.data as { trialEnd: string; trialEndsAt: string };
    expect(trialEnd).not.toBeNull();
    expect(trialEndsAt).toBe(trialEnd);
    await attachCard(
      { workspaceId: workspace.workspaceId, accountId: workspace.accountId, mode: "test" },
      customerId,
      { number: TEST_CARDS.insufficientFunds.number, expMonth: 1, expYear: 2035, cvc: "123" },
      { makeDefault: true },
    );
    const unpaid = await callApi({
      key: workspace.key,
      path: "/v1/subscriptions",
      body: { customerId, planId: plans.starter.planId, priceId: plans.starter.priceId },
    });
    expect(unpaid.json.data).toMatchObject({ status: "incomplete" });
  });

  it("refuses unknown fields, foreign customers and mismatched prices", async () => {
    const { workspace, customerId, plans } = await createSubscribedCustomer();
    const other = await createSubscribedCustomer();
    const unknown = await callApi({
      key: workspace.key,
      path: "/v1/subscriptions",
      body: { customerId, planId: plans.pro.planId, priceId: plans.pro.priceId, quantity: 2 },
    });
    expect(unknown.json.error).toMatchObject({ code: "VALIDATION_ERROR", field: "quantity" });
    const foreign = await callApi({
      key: workspace.key,
      path: "/v1/subscriptions",
      body: { customerId: other.customerId, planId: plans.pro.planId, priceId: plans.pro.priceId },
    });
    expect(foreign.status).toBe(404);
    const mismatch = await callApi({
      key: workspace.key,
      path: "/v1/subscriptions",
      body: { customerId, planId: plans.pro.planId, priceId: plans.business.priceId },
    });
    expect(mismatch.status).toBe(404);
  });

  it("gets, lists with filters, and hides other tenants and modes", async () => {
    const { workspace, customerId, subscription } = await createSubscribedCustomer();
    const other = await createSubscribedCustomer();
    expect((await callApi({ key: workspace.key, path: `/v1/subscriptions/${subscription.id}` })).json.data).toMatchObject({ id: subscription.id });
    expect((await callApi({ key: workspace.key, path: `/v1/subscriptions/${other.subscription.id}` })).status).toBe(404);
    const liveKey = await addKey(workspace, { mode: "live" });
    expect((await callApi({ key: liveKey, path: `/v1/subscriptions/${subscription.id}` })).status).toBe(404);
    const list = await callApi({ key: workspace.key, path: `/v1/subscriptions?customerId=${customerId}&status=active` });
    expect((list.json.data as { id: string }[]).map((row) => row.id)).toEqual([subscription.id]);
    expect(list.json.meta).toMatchObject({ cursor: null, hasMore: false });
    expect((await callApi({ key: workspace.key, path: "/v1/subscriptions?status=sleeping" })).json.error?.field).toBe("status");
  });

  it("changes the price with the portal's proration, and updates the default card", async () => {
    const { workspace, tenant, customerId, subscription, plans } = await createSubscribedCustomer();
    const card = await attachCard(tenant, customerId, { number: TEST_CARDS.mastercard.number, expMonth: 1, expYear: 2035, cvc: "123" }, { makeDefault: false });
    const result = await callApi({
      key: workspace.key,
      method: "PATCH",
      path: `/v1/subscriptions/${subscription.id}`,
      body: { priceId: plans.business.priceId, defaultPaymentTokenId: card.id },
    });
    expect(result.status).toBe(200);
    expect(result.json.data).toMatchObject({ priceId: plans.business.priceId, planId: plans.business.planId, defaultPaymentTokenId: card.id });
    const proration = await prisma.invoice.findFirstOrThrow({
      where: { subscriptionId: subscription.id, lines: { some: { description: { startsWith: "Unused time" } } } },
      include: { charges: true },
    });
    expect(proration.charges[0]?.paymentMethodId).toBe(card.id);
  });

  it("cancels now or at period end, pauses and resumes, and refuses illegal transitions with 409", async () => {
    const { workspace, subscription } = await createSubscribedCustomer();
    const path = `/v1/subscriptions/${subscription.id}`;
    const atEnd = await callApi({ key: workspace.key, path: `${path}/cancel`, body: {} });
    expect(atEnd.json.data).toMatchObject({ status: "active", canceledReason: "user_request", cancelAtPeriodEnd: true });
    const scheduled = await callApi({ key: workspace.key, path });
    expect(scheduled.json.data).toMatchObject({ cancelAtPeriodEnd: true });
    expect((await callApi({ key: workspace.key, path: `${path}/resume`, body: {} })).json.data).toMatchObject({ cancelAt: null, cancelAtPeriodEnd: false });
    expect((await callApi({ key: workspace.key, path: `${path}/pause`, body: {} })).json.data).toMatchObject({ status: "paused" });
    expect((await callApi({ key: workspace.key, path: `${path}/pause`, body: {} })).status).toBe(409);
    expect((await callApi({ key: workspace.key, path: `${path}/resume`, rawBody: "", method: "POST" })).json.data).toMatchObject({ status: "active" });
    const now = await callApi({ key: workspace.key, path: `${path}/cancel`, body: { at: "now", reason: "merchant" } });
    expect(now.json.data).toMatchObject({ status: "canceled", canceledReason: "merchant", cancelAtPeriodEnd: false });
    const again = await callApi({ key: workspace.key, path: `${path}/cancel`, body: { at: "now" } });
    expect(again.status).toBe(409);
    expect(again.json.error?.code).toBe("invalid_state");
    expect((await callApi({ key: workspace.key, path: `${path}/resume`, body: {} })).status).toBe(409);
  });

  it("needs the subscriptions scopes", async () => {
    const { workspace, subscription } = await createSubscribedCustomer();
    const readOnly = await addKey(workspace, { scopes: ["plugipay:subscriptions:read"] });
    expect((await callApi({ key: readOnly, path: `/v1/subscriptions/${subscription.id}` })).status).toBe(200);
    expect((await callApi({ key: readOnly, path: `/v1/subscriptions/${subscription.id}/cancel`, body: {} })).status).toBe(403);
  });

  it("lists 100 subscriptions in a bounded number of queries", async () => {
    const { workspace, tenant, customerId, plans } = await createSubscribedCustomer();
    await prisma.subscription.createMany({
      data: Array.from({ length: 100 }, () => ({
        id: newId("subscription"),
        workspaceId: tenant.workspaceId,
        mode: "test",
        customerId,
        planId: plans.starter.planId,
        priceId: plans.starter.priceId,
        status: "active",
        currentPeriodStart: new Date(),
        currentPeriodEnd: new Date(Date.now() + 86_400_000),
      })),
    });
    const before = databaseQueryCount();
    const list = await callApi({ key: workspace.key, path: "/v1/subscriptions?limit=100" });
    expect((list.json.data as unknown[]).length).toBe(100);
    expect(databaseQueryCount() - before).toBeLessThanOrEqual(15);
  });
});
