// Secrets never reach a log: the #t token, API secrets and signatures stay out of stderr.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { callApi } from "../testing/api-client";
import { createTestWorkspace } from "../testing/fixtures";

const writes: string[] = [];

beforeEach(() => {
  process.env.LOG_LEVEL = "debug";
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    writes.push(String(chunk));
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  writes.length = 0;
});

describe("logs", () => {
  it("record API requests without tokens, secrets or signatures", async () => {
    vi.resetModules();
    const { callApi: freshCallApi } = await import("../testing/api-client");
    const workspace = await createTestWorkspace();
    const result = await freshCallApi({
      key: workspace.key,
      path: "/v1/portal-sessions",
      idempotencyKey: "idem_log",
      body: { customerId: workspace.customerId, returnUrl: "https://app.acme.com/account" },
    });
    const token = (result.json.data as { url: string }).url.split("#t=")[1]!;
    const failed = await callApi({ key: { keyId: workspace.key.keyId, secret: "sk_test_wrong_wrong_wrong_wrong" }, path: "/v1/portal-sessions", body: {} });
    expect(failed.status).toBe(401);
    const logged = writes.join("");
    expect(logged).toContain('"message":"api request"');
    expect(logged).toContain(result.json.meta.requestId);
    expect(logged).not.toContain(token);
    expect(logged).not.toContain(workspace.key.secret);
    expect(logged).not.toContain("signature=");
    expect(JSON.stringify(failed.json)).not.toContain(workspace.key.secret);
  });
});
