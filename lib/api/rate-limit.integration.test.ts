// Rate limits (docs/api.md §4): token buckets per workspace, mode and class, shared through the database.
import { afterEach, describe, expect, it } from "vitest";
import { advanceClock, freezeClock, now, resetClock } from "../clock";
import { callApi } from "../testing/api-client";
import { addKey, createTestWorkspace } from "../testing/fixtures";

const RETURN_URL = "https://app.acme.com/account";

afterEach(() => resetClock());

describe("rate limiting", () => {
  it("allows a burst of 20 mutating_light calls, then 429 rate_limited with Retry-After", async () => {
    freezeClock(now());
    const workspace = await createTestWorkspace();
    const call = { key: workspace.key, path: "/v1/portal-sessions", body: { customerId: workspace.customerId, returnUrl: RETURN_URL } };
    const remaining: string[] = [];
    for (let i = 0; i < 20; i++) {
      const result = await callApi(call);
      expect(result.status).toBe(201);
      expect(result.headers.get("X-RateLimit-Limit")).toBe("20");
      remaining.push(result.headers.get("X-RateLimit-Remaining") ?? "");
    }
    expect(remaining[0]).toBe("19");
    expect(remaining[19]).toBe("0");
    const limited = await callApi(call);
    expect(limited.status).toBe(429);
    expect(limited.json.error?.code).toBe("rate_limited");
    expect(Number(limited.headers.get("Retry-After"))).toBeGreaterThanOrEqual(1);
    expect(limited.headers.get("X-RateLimit-Remaining")).toBe("0");
    expect(Number(limited.headers.get("X-RateLimit-Reset"))).toBeGreaterThanOrEqual(Math.floor(now().getTime() / 1000));

    advanceClock(1000);
    expect((await callApi(call)).status).toBe(201);
  });

  it("keeps separate buckets per workspace and per mode", async () => {
    freezeClock(now());
    const busy = await createTestWorkspace();
    const quiet = await createTestWorkspace();
    const call = { key: busy.key, path: "/v1/portal-sessions", body: { customerId: busy.customerId, returnUrl: RETURN_URL } };
    for (let i = 0; i < 20; i++) await callApi(call);
    expect((await callApi(call)).status).toBe(429);
    expect((await callApi({ key: quiet.key, path: "/v1/portal-sessions", body: { customerId: quiet.customerId, returnUrl: RETURN_URL } })).status).toBe(201);
    const liveKey = await addKey(busy, { mode: "live" });
    const live = await callApi({ key: liveKey, path: "/v1/portal-sessions", body: { customerId: busy.customerId, returnUrl: RETURN_URL } });
    expect(live.status).toBe(404);
    expect(live.headers.get("X-RateLimit-Remaining")).toBe("19");
  });

  it("sends the rate-limit headers on refusals after authentication too", async () => {
    const workspace = await createTestWorkspace();
    const result = await callApi({ key: workspace.key, path: "/v1/portal-sessions", body: { returnUrl: RETURN_URL } });
    expect(result.status).toBe(400);
    expect(result.headers.get("X-RateLimit-Limit")).toBe("20");
  });
});
