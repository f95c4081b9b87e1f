// The test clock through the signed merchant API: POST /v1/test/clocks/advance moves the
// workspace's billing clock and runs billing at once; GET /v1/test/clocks reads it; live keys 403.
import { describe, expect, it } from "vitest";
import { prisma } from "../db";
import { nowMs } from "../clock";
import { addKey, createTestWorkspace } from "../testing/fixtures";
import { callApi } from "../testing/api-client";
import { createSubscribedCustomer } from "../testing/portal-fixtures";
import { DAY_MS, invoicesOf } from "./billing-test-fixtures";

const advance = (key: { keyId: string; secret: string }, body: unknown, idempotencyKey?: string) =>
  callApi({ key, method: "POST", path: "/v1/test/clocks/advance", body, idempotencyKey });

describe("POST /v1/test/clocks/advance", () => {
  it("moves the workspace clock, renews at once and returns the subscription", async () => {
    const { workspace, subscription, invoice } = await createSubscribedCustomer();
    const before = nowMs();
    const response = await advance(workspace.key, { subscriptionId: subscription.id, days: 21 });
    expect(response.status).toBe(200);
    const data = response.json.data as Record<string, unknown> & { subscription: Record<string, unknown> };
    expect(data).toMatchObject({ accountId: workspace.accountId, testClockOffsetMs: 21 * DAY_MS, processed: 1 });
    expect(Date.parse(data.now as string) - before).toBeGreaterThanOrEqual(21 * DAY_MS);
    expect(data.subscription).toMatchObject({ id: subscription.id, status: "active", currentPeriodStart: subscription.currentPeriodEnd.toISOString() });
    const [renewal] = await invoicesOf(subscription.id, invoice);
    expect(renewal).toMatchObject({ status: "paid", total: 4900 });
  });

  it("accumulates: seconds add to the offset, and GET /v1/test/clocks reads it", async () => {
    const { key } = await createTestWorkspace();
    expect((await advance(key, { seconds: 90 })).json.data).toMatchObject({ testClockOffsetMs: 90_000, processed: 0 });
    expect((await advance(key, { days: 1 })).json.data).toMatchObject({ testClockOffsetMs: 90_000 + DAY_MS });
    const read = await callApi({ key, path: "/api/v1/test/clocks" });
    expect(read.status).toBe(200);
    expect(read.json.data).toMatchObject({ testClockOffsetMs: 90_000 + DAY_MS });
    expect(Date.parse((read.json.data as { now: string }).now)).toBeGreaterThan(nowMs() + DAY_MS);
  });

  it("replays an idempotent advance instead of moving the clock twice", async () => {
    const { key, workspaceId } = await createTestWorkspace();
    await advance(key, { days: 2 }, "idem-clock-1");
    const replay = await advance(key, { days: 2 }, "idem-clock-1");
    expect(replay.headers.get("Idempotent-Replayed")).toBe("true");
    expect((await prisma.workspace.findUniqueOrThrow({ where: { id: workspaceId } })).testClockOffsetMs).toBe(2 * DAY_MS);
  });

  it("is refused with a live key, and the clock does not move", async () => {
    const workspace = await createTestWorkspace();
    const live = await addKey(workspace, { mode: "live" });
    const response = await advance(live, { days: 1 });
    expect(response.status).toBe(403);
    expect(response.json.error).toMatchObject({ code: "insufficient_scope", message: expect.stringContaining("test mode") });
    expect((await callApi({ key: live, path: "/v1/test/clocks" })).status).toBe(403);
    expect((await prisma.workspace.findUniqueOrThrow({ where: { id: workspace.workspaceId } })).testClockOffsetMs).toBe(0);
  });

  it("validates the body: exactly one of days or seconds, in range, no unknown fields", async () => {
    const { key } = await createTestWorkspace();
    for (const [body, field] of [
      [{ days: 1, seconds: 60 }, "seconds"],
      [{}, "days"],
      [{ days: 0 }, "days"],
      [{ days: 3651 }, "days"],
      [{ days: 1.5 }, "days"],
      [{ seconds: 315_360_001 }, "seconds"],
      [{ days: 1, speed: 2 }, "speed"],
      [{ subscriptionId: "cus_123", days: 1 }, "subscriptionId"],
    ] as const) {
      const response = await advance(key, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.json.error).toMatchObject({ code: "VALIDATION_ERROR", field });
    }
  });

  it("answers 404 for another tenant's subscription, without moving the clock", async () => {
    const mine = await createTestWorkspace();
    const other = await createSubscribedCustomer();
    const response = await advance(mine.key, { subscriptionId: other.subscription.id, days: 1 });
    expect(response.status).toBe(404);
    expect(response.json.error?.code).toBe("not_found");
    expect((await prisma.workspace.findUniqueOrThrow({ where: { id: mine.workspaceId } })).testClockOffsetMs).toBe(0);
  });

  it("needs plugipay:subscriptions:write", async () => {
    const workspace = await createTestWorkspace({ scopes: ["plugipay:subscriptions:read"] });
    expect((await advance(workspace.key, { days: 1 })).status).toBe(403);
    expect((await callApi({ key: workspace.key, path: "/v1/test/clocks" })).status).toBe(200);
  });
});
