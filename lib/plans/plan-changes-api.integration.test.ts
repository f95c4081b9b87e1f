// Changing plans (docs/api.md §10): PATCH, archive, and adding prices (prices themselves are immutable).
import { afterEach, describe, expect, it } from "vitest";
import { prisma } from "../db";
import { advanceClock, resetClock } from "../clock";
import { callApi } from "../testing/api-client";
import { addKey, createTestWorkspace } from "../testing/fixtures";
import { DEFAULT_PORTAL_FEATURES } from "./portal-features";
import { ISO_MS, MONTHLY, PRICE_ID, createPlanByApi, planEventsOf, planOf, type PriceData } from "./plans-api-test-helpers";

afterEach(() => resetClock());

describe("PATCH /v1/plans/:id", () => {
  it("changes the fields sent, merges portalFeatures onto the current flags, and appends one plan.updated", async () => {
    const workspace = await createTestWorkspace();
    const plan = await createPlanByApi(workspace, { ...MONTHLY, description: "Old", metadata: { a: "1" }, portalFeatures: { selfServePause: true } });
    const result = await callApi({
      key: workspace.key,
      method: "PATCH",
      path: `/v1/plans/${plan.id}`,
      body: { name: "Pro Plus", description: null, trialDays: 7, portalFeatures: { selfServeUpgrade: true }, metadata: null, active: true },
    });
    expect(result.status).toBe(200);
    const updated = planOf(result);
    expect(updated).toEqual({
      ...plan,
      name: "Pro Plus",
      description: null,
      trialDays: 7,
      portalFeatures: { ...DEFAULT_PORTAL_FEATURES, selfServePause: true, selfServeUpgrade: true },
      metadata: null,
      updatedAt: expect.stringMatching(ISO_MS),
    });
    const events = await planEventsOf(workspace.workspaceId);
    expect(events.map((event) => event.type)).toEqual(["plan.created", "plan.updated"]);
    expect(events[1]?.data).toEqual({
      aggregateType: "plan",
      aggregateId: plan.id,
      object: updated,
      previousAttributes: { name: "Pro", description: "Old", trialDays: 0, portalFeatures: plan.portalFeatures, metadata: { a: "1" } },
    });
  });

  it("changes nothing and appends no event when every value sent is the current one", async () => {
    const workspace = await createTestWorkspace();
    const plan = await createPlanByApi(workspace);
    const result = await callApi({
      key: workspace.key,
      method: "PATCH",
      path: `/v1/plans/${plan.id}`,
      body: { name: "Pro", portalFeatures: { selfServeCancel: true } },
    });
    expect(planOf(result)).toEqual(plan);
    expect((await planEventsOf(workspace.workspaceId)).map((event) => event.type)).toEqual(["plan.created"]);
  });

  it("400 for fields that cannot change (prices, interval) or a wrong type; 404 across workspaces and modes", async () => {
    const workspace = await createTestWorkspace();
    const plan = await createPlanByApi(workspace);
    const path = `/v1/plans/${plan.id}`;
    for (const [body, field] of [
      [{ prices: [] }, "prices"],
      [{ interval: "year" }, "interval"],
      [{ active: "no" }, "active"],
    ] as const) {
      const result = await callApi({ key: workspace.key, method: "PATCH", path, body });
      expect(result.status).toBe(400);
      expect(result.json.error).toMatchObject({ code: "VALIDATION_ERROR", field });
    }
    const liveKey = await addKey(workspace, { mode: "live" });
    for (const key of [(await createTestWorkspace()).key, liveKey]) {
      const result = await callApi({ key, method: "PATCH", path, body: { name: "Hijacked" } });
      expect(result.status).toBe(404);
    }
    expect((await prisma.plan.findUniqueOrThrow({ where: { id: plan.id } })).name).toBe("Pro");
  });
});

describe("POST /v1/plans/:id/archive", () => {
  it("archives the plan once, appends plan.archived, then 409 invalid_state", async () => {
    const workspace = await createTestWorkspace();
    const plan = await createPlanByApi(workspace);
    const first = await callApi({ key: workspace.key, path: `/v1/plans/${plan.id}/archive`, body: {} });
    expect(first.status).toBe(200);
    const archived = planOf(first);
    expect(archived).toEqual({ ...plan, active: false, archivedAt: expect.stringMatching(ISO_MS), updatedAt: archived.archivedAt });
    const again = await callApi({ key: workspace.key, method: "POST", path: `/v1/plans/${plan.id}/archive` });
    expect(again.status).toBe(409);
    expect(again.json.error?.code).toBe("invalid_state");
    const events = await planEventsOf(workspace.workspaceId);
    expect(events.map((event) => event.type)).toEqual(["plan.created", "plan.archived"]);
    expect(events[1]?.data).toEqual({ aggregateType: "plan", aggregateId: plan.id, object: archived, previousAttributes: { active: true, archivedAt: null } });
  });

  it("keeps an archived plan inactive and closed to new prices", async () => {
    const workspace = await createTestWorkspace();
    const plan = await createPlanByApi(workspace);
    await callApi({ key: workspace.key, path: `/v1/plans/${plan.id}/archive`, body: {} });
    const reactivate = await callApi({ key: workspace.key, method: "PATCH", path: `/v1/plans/${plan.id}`, body: { active: true } });
    expect(reactivate.status).toBe(409);
    expect(reactivate.json.error).toMatchObject({ code: "invalid_state", field: "active" });
    const rename = await callApi({ key: workspace.key, method: "PATCH", path: `/v1/plans/${plan.id}`, body: { name: "Legacy" } });
    expect(rename.status).toBe(200);
    const price = await callApi({ key: workspace.key, path: `/v1/plans/${plan.id}/prices`, body: { currency: "EUR", unitAmount: 4500, model: "flat" } });
    expect(price.status).toBe(409);
    expect(price.json.error?.code).toBe("invalid_state");
  });

  it("400 for a body with fields; 404 across workspaces and modes", async () => {
    const workspace = await createTestWorkspace();
    const plan = await createPlanByApi(workspace);
    const withField = await callApi({ key: workspace.key, path: `/v1/plans/${plan.id}/archive`, body: { reason: "old" } });
    expect(withField.json.error).toMatchObject({ code: "VALIDATION_ERROR", field: "reason" });
    const liveKey = await addKey(workspace, { mode: "live" });
    for (const key of [(await createTestWorkspace()).key, liveKey]) {
      expect((await callApi({ key, path: `/v1/plans/${plan.id}/archive`, body: {} })).status).toBe(404);
    }
    expect((await prisma.plan.findUniqueOrThrow({ where: { id: plan.id } })).active).toBe(true);
  });
});

describe("POST /v1/plans/:id/prices", () => {
  it("201 with the new price; appends plan.updated with the plan and its previous prices", async () => {
    const workspace = await createTestWorkspace();
    const plan = await createPlanByApi(workspace);
    advanceClock(5); // the new price sorts after the plan's first one even on a fast machine
    const result = await callApi({
      key: workspace.key,
      path: `/v1/plans/${plan.id}/prices`,
      body: { currency: "eur", unitAmount: 4500, model: "flat", taxMode: "inclusive" },
    });
    expect(result.status).toBe(201);
    const price = result.json.data as PriceData;
    expect(price).toEqual({
      id: expect.stringMatching(PRICE_ID),
      planId: plan.id,
      currency: "EUR",
      model: "flat",
      unitAmount: 4500,
      tiers: null,
      taxMode: "inclusive",
      active: true,
      createdAt: expect.stringMatching(ISO_MS),
    });
    const updated = planOf(await callApi({ key: workspace.key, path: `/v1/plans/${plan.id}` }));
    expect(updated.prices).toEqual([...plan.prices, price]);
    const events = await planEventsOf(workspace.workspaceId);
    expect(events.map((event) => event.type)).toEqual(["plan.created", "plan.updated"]);
    expect(events[1]?.data).toEqual({ aggregateType: "plan", aggregateId: plan.id, object: updated, previousAttributes: { prices: plan.prices } });
  });

  it("400 for a non-flat model, a bad currency or an unknown field; 404 across workspaces and modes", async () => {
    const workspace = await createTestWorkspace();
    const plan = await createPlanByApi(workspace);
    const path = `/v1/plans/${plan.id}/prices`;
    for (const [body, field] of [
      [{ currency: "USD", unitAmount: 1, model: "tiered" }, "model"],
      [{ currency: "US", unitAmount: 1, model: "flat" }, "currency"],
      [{ currency: "USD", unitAmount: 1, model: "flat", active: false }, "active"],
    ] as const) {
      const result = await callApi({ key: workspace.key, path, body });
      expect(result.status).toBe(400);
      expect(result.json.error).toMatchObject({ code: "VALIDATION_ERROR", field });
    }
    const liveKey = await addKey(workspace, { mode: "live" });
    for (const key of [(await createTestWorkspace()).key, liveKey]) {
      expect((await callApi({ key, path, body: { currency: "USD", unitAmount: 1, model: "flat" } })).status).toBe(404);
    }
    expect(await prisma.price.count({ where: { planId: plan.id } })).toBe(1);
  });

  it("offers no route that edits a price", async () => {
    const workspace = await createTestWorkspace();
    const plan = await createPlanByApi(workspace);
    const priceId = plan.prices[0]?.id ?? "";
    const onPlanPrices = await callApi({ key: workspace.key, method: "PATCH", path: `/v1/plans/${plan.id}/prices`, body: { unitAmount: 1 } });
    expect(onPlanPrices.status).toBe(405);
    const onPrice = await callApi({ key: workspace.key, method: "PATCH", path: `/v1/prices/${priceId}`, body: { unitAmount: 1 } });
    expect(onPrice.status).toBe(404);
    expect((await prisma.price.findUniqueOrThrow({ where: { id: priceId } })).unitAmount).toBe(4900);
  });
});
