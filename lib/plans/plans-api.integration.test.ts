// The plans API (docs/api.md §10): create and read plans with nested prices; scopes.
import { describe, expect, it } from "vitest";
import { databaseQueryCount, prisma } from "../db";
import { now } from "../clock";
import { newId } from "../ids";
import { callApi } from "../testing/api-client";
import { addKey, createTestWorkspace } from "../testing/fixtures";
import { DEFAULT_PORTAL_FEATURES } from "./portal-features";
import { ISO_MS, MONTHLY, PLAN_ID, PRICE_ID, createPlanByApi, planEventsOf, planOf, type PlanData } from "./plans-api-test-helpers";

describe("POST /v1/plans", () => {
  it("201 with the plan and its prices in their API shape, and appends plan.created", async () => {
    const workspace = await createTestWorkspace();
    const result = await callApi({
      key: workspace.key,
      path: "/v1/plans",
      body: {
        name: "Pro",
        description: "For growing teams",
        interval: "year",
        intervalCount: 2,
        trialDays: 14,
        portalFeatures: { selfServePause: true, selfServeCancel: false },
        metadata: { tier: "pro" },
        prices: [
          { currency: "usd", unitAmount: 4900, model: "flat" },
          { currency: "IDR", unitAmount: 75_000_000, model: "flat", taxMode: "inclusive" },
          { currency: "JPY", unitAmount: 0, model: "flat" },
        ],
      },
    });
    expect(result.status).toBe(201);
    const plan = planOf(result);
    const price = (currency: string, unitAmount: number, taxMode: string) => ({
      id: expect.stringMatching(PRICE_ID),
      planId: plan.id,
      currency,
      model: "flat",
      unitAmount,
      tiers: null,
      taxMode,
      active: true,
      createdAt: plan.createdAt,
    });
    expect(plan).toEqual({
      id: expect.stringMatching(PLAN_ID),
      arn: `arn:plugipay:${workspace.accountId}:plan/${plan.id}`,
      accountId: workspace.accountId,
      name: "Pro",
      description: "For growing teams",
      interval: "year",
      intervalCount: 2,
      trialDays: 14,
      prices: [price("USD", 4900, "exclusive"), price("IDR", 75_000_000, "inclusive"), price("JPY", 0, "exclusive")],
      currency: "USD",
      amount: 4900,
      usageAggregate: null,
      meteredUnit: null,
      portalFeatures: { ...DEFAULT_PORTAL_FEATURES, selfServePause: true, selfServeCancel: false },
      dunningPolicyId: null,
      active: true,
      archivedAt: null,
      metadata: { tier: "pro" },
      createdAt: expect.stringMatching(ISO_MS),
      updatedAt: plan.createdAt,
    });
    expect(await planEventsOf(workspace.workspaceId)).toEqual([{ type: "plan.created", data: { aggregateType: "plan", aggregateId: plan.id, object: plan } }]);
    const stored = await callApi({ key: workspace.key, path: `/api/v1/plans/${plan.id}` });
    expect(planOf(stored)).toEqual(plan);
  });

  it("fills in the defaults: portalFeatures, intervalCount 1, no trial, exclusive tax", async () => {
    const workspace = await createTestWorkspace();
    const plan = await createPlanByApi(workspace);
    expect(plan).toMatchObject({
      description: null,
      intervalCount: 1,
      trialDays: 0,
      portalFeatures: DEFAULT_PORTAL_FEATURES,
      metadata: null,
      prices: [{ currency: "USD", unitAmount: 4900, taxMode: "exclusive" }],
    });
  });

  it.each([
    ["an unknown field", { ...MONTHLY, currency: "USD" }, "currency"],
    ["an unknown price field", { ...MONTHLY, prices: [{ currency: "USD", unitAmount: 1, model: "flat", tiers: [] }] }, "prices.0.tiers"],
    ["an unknown portalFeatures flag", { ...MONTHLY, portalFeatures: { selfServeRefund: true } }, "portalFeatures.selfServeRefund"],
    ["a wrong type", { ...MONTHLY, intervalCount: "1" }, "intervalCount"],
    ["a missing name", { interval: "month", prices: MONTHLY.prices }, "name"],
    ["an unknown interval", { ...MONTHLY, interval: "quarter" }, "interval"],
    ["intervalCount above 12", { ...MONTHLY, intervalCount: 13 }, "intervalCount"],
    ["trialDays above 730", { ...MONTHLY, trialDays: 731 }, "trialDays"],
    ["no prices", { ...MONTHLY, prices: [] }, "prices"],
    ["more than 10 prices", { ...MONTHLY, prices: Array.from({ length: 11 }, () => MONTHLY.prices[0]) }, "prices"],
    ["an unsupported currency", { ...MONTHLY, prices: [{ currency: "XYZ", unitAmount: 1, model: "flat" }] }, "prices.0.currency"],
    ["a fractional amount", { ...MONTHLY, prices: [{ currency: "USD", unitAmount: 49.5, model: "flat" }] }, "prices.0.unitAmount"],
    ["a negative amount", { ...MONTHLY, prices: [{ currency: "USD", unitAmount: -1, model: "flat" }] }, "prices.0.unitAmount"],
    ["an amount above 2,000,000,000", { ...MONTHLY, prices: [{ currency: "USD", unitAmount: 2_000_000_001, model: "flat" }] }, "prices.0.unitAmount"],
    ["a missing model", { ...MONTHLY, prices: [{ currency: "USD", unitAmount: 1 }] }, "prices.0.model"],
  ])("400 VALIDATION_ERROR for %s", async (_, body, field) => {
    const workspace = await createTestWorkspace();
    const result = await callApi({ key: workspace.key, path: "/v1/plans", body });
    expect(result.status).toBe(400);
    expect(result.json.error).toMatchObject({ code: "VALIDATION_ERROR", field });
    expect(await prisma.plan.count({ where: { workspaceId: workspace.workspaceId } })).toBe(0);
  });

  it("400 with a clear message for a price model other than flat", async () => {
    const workspace = await createTestWorkspace();
    for (const model of ["tiered", "volume", "usage"]) {
      const result = await callApi({ key: workspace.key, path: "/v1/plans", body: { ...MONTHLY, prices: [{ currency: "USD", unitAmount: 1, model }] } });
      expect(result.status).toBe(400);
      expect(result.json.error).toMatchObject({ code: "VALIDATION_ERROR", field: "prices.0.model" });
      expect(result.json.error?.message).toContain("only 'flat' prices are supported");
    }
  });

  it("replays a create sent again with the same Idempotency-Key without creating twice", async () => {
    const workspace = await createTestWorkspace();
    const call = { key: workspace.key, path: "/api/v1/plans", idempotencyKey: "idem_plan_1", body: MONTHLY };
    const first = await callApi(call);
    const second = await callApi(call);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.headers.get("Idempotent-Replayed")).toBe("true");
    expect(second.text).toBe(first.text);
    expect(await prisma.plan.count({ where: { workspaceId: workspace.workspaceId } })).toBe(1);
    expect(await prisma.price.count({ where: { workspaceId: workspace.workspaceId } })).toBe(1);
    expect(await prisma.event.count({ where: { workspaceId: workspace.workspaceId } })).toBe(1);
  });
});

describe("GET /v1/plans/:id", () => {
  it("404 for a plan of another workspace, of the other mode, or that does not exist", async () => {
    const workspace = await createTestWorkspace();
    const plan = await createPlanByApi(workspace);
    const other = await createTestWorkspace();
    const liveKey = await addKey(workspace, { mode: "live" });
    for (const [key, id] of [
      [other.key, plan.id],
      [liveKey, plan.id],
      [workspace.key, "plan_01HXAB7K3M9N2P5QRS8TVWXY3Z"],
    ] as const) {
      const result = await callApi({ key, path: `/v1/plans/${id}` });
      expect(result.status).toBe(404);
      expect(result.json.error?.code).toBe("not_found");
    }
  });
});

describe("GET /v1/plans", () => {
  it("walks every page with the cursor, without duplicates, in a stable order both ways, with the prices", async () => {
    const workspace = await createTestWorkspace();
    for (let i = 0; i < 7; i++) await createPlanByApi(workspace, { ...MONTHLY, name: `Plan ${i}` });
    const expected = (
      await prisma.plan.findMany({ where: { workspaceId: workspace.workspaceId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true } })
    ).map((row) => row.id);
    for (const order of ["desc", "asc"] as const) {
      const seen: string[] = [];
      let cursor: string | null | undefined = null;
      do {
        const path: string = `/v1/plans?limit=3&order=${order}${cursor ? `&cursor=${cursor}` : ""}`;
        const result = await callApi({ key: workspace.key, path });
        expect(result.status).toBe(200);
        const plans = result.json.data as PlanData[];
        for (const plan of plans) expect(plan.prices).toMatchObject([{ planId: plan.id, currency: "USD", unitAmount: 4900 }]);
        seen.push(...plans.map((plan) => plan.id));
        cursor = result.json.meta.cursor;
        expect(result.json.meta.hasMore).toBe(cursor !== null);
      } while (cursor);
      expect(new Set(seen).size).toBe(7);
      expect(seen).toEqual(order === "desc" ? expected : [...expected].reverse());
    }
  });

  it("filters by active, and lists only the key's workspace and mode", async () => {
    const workspace = await createTestWorkspace();
    const kept = await createPlanByApi(workspace, { ...MONTHLY, name: "Kept" });
    const archived = await createPlanByApi(workspace, { ...MONTHLY, name: "Archived" });
    await callApi({ key: workspace.key, path: `/v1/plans/${archived.id}/archive`, body: {} });
    await createPlanByApi(await createTestWorkspace());
    const liveKey = await addKey(workspace, { mode: "live" });
    await callApi({ key: liveKey, path: "/v1/plans", body: MONTHLY });
    const ids = async (query: string) => ((await callApi({ key: workspace.key, path: `/v1/plans${query}` })).json.data as PlanData[]).map((plan) => plan.id);
    expect(await ids("?active=true")).toEqual([kept.id]);
    expect(await ids("?active=false")).toEqual([archived.id]);
    expect((await ids("")).sort()).toEqual([archived.id, kept.id].sort());
    const bad = await callApi({ key: workspace.key, path: "/v1/plans?active=yes" });
    expect(bad.json.error).toMatchObject({ code: "VALIDATION_ERROR", field: "active" });
  });

  it("lists 100 plans with their prices in a constant number of queries", async () => {
    const workspace = await createTestWorkspace();
    const tenant = { workspaceId: workspace.workspaceId, mode: "test" };
    const planIds = Array.from({ length: 100 }, () => newId("plan"));
    await prisma.plan.createMany({
      data: planIds.map((id, i) => ({ id, ...tenant, name: `Plan ${i}`, interval: "month", portalFeatures: JSON.stringify(DEFAULT_PORTAL_FEATURES) })),
    });
    await prisma.price.createMany({
      data: planIds.flatMap((planId) => [
        { id: newId("price"), planId, ...tenant, currency: "USD", unitAmount: 1000, createdAt: now() },
        { id: newId("price"), planId, ...tenant, currency: "EUR", unitAmount: 900, createdAt: now() },
      ]),
    });
    const before = databaseQueryCount();
    const result = await callApi({ key: workspace.key, path: "/v1/plans?limit=100" });
    const queries = databaseQueryCount() - before;
    expect(result.status).toBe(200);
    const plans = result.json.data as PlanData[];
    expect(plans).toHaveLength(100);
    expect(plans.every((plan) => plan.prices.length === 2)).toBe(true);
    expect(queries).toBeLessThanOrEqual(15);
  });
});

describe("plans scopes", () => {
  it("a read-only key reads but cannot write; a key without the plans scope cannot read", async () => {
    const workspace = await createTestWorkspace();
    const plan = await createPlanByApi(workspace);
    const readOnly = await addKey(workspace, { scopes: ["plugipay:plans:read"] });
    expect((await callApi({ key: readOnly, path: "/v1/plans" })).status).toBe(200);
    expect((await callApi({ key: readOnly, path: `/v1/plans/${plan.id}` })).status).toBe(200);
    const writes = [
      { method: "POST", path: "/v1/plans", body: MONTHLY },
      { method: "PATCH", path: `/v1/plans/${plan.id}`, body: { name: "X" } },
      { method: "POST", path: `/v1/plans/${plan.id}/archive`, body: {} },
      { method: "POST", path: `/v1/plans/${plan.id}/prices`, body: { currency: "EUR", unitAmount: 1, model: "flat" } },
    ];
    for (const write of writes) {
      const result = await callApi({ key: readOnly, ...write });
      expect(result.status).toBe(403);
      expect(result.json.error?.code).toBe("insufficient_scope");
    }
    const customersOnly = await addKey(workspace, { scopes: ["plugipay:customers:*"] });
    for (const path of ["/v1/plans", `/v1/plans/${plan.id}`]) {
      const result = await callApi({ key: customersOnly, path });
      expect(result.status).toBe(403);
      expect(result.json.error?.code).toBe("insufficient_scope");
    }
    const writer = await addKey(workspace, { scopes: ["plugipay:plans:write"] });
    expect((await callApi({ key: writer, path: "/v1/plans", body: MONTHLY })).status).toBe(201);
    expect((await prisma.plan.findUniqueOrThrow({ where: { id: plan.id } })).active).toBe(true);
  });
});
