import { describe, expect, it } from "vitest";
import { PlugipayError } from "./errors";
import { PlugipayClient } from "./plugipay-client";
import { envelope, errorEnvelope, fakeFetch, type SentRequest } from "./testing/fake-fetch";

const KEY = { keyId: "pk_test_abcdefghijklmnopqrstuvwx", secret: "sk_test_xxxxxxxxxxxxxxxxxxxxxxxx" };

function clientAnswering(respond: (request: SentRequest) => Response | Promise<Response>, timeoutMs?: number) {
  return new PlugipayClient({ ...KEY, fetch: fakeFetch(respond).fetch, timeoutMs });
}

async function failure(promise: Promise<unknown>): Promise<PlugipayError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(PlugipayError);
  return error as PlugipayError;
}

describe("error mapping", () => {
  it("builds PlugipayError from the error envelope", async () => {
    const sdk = clientAnswering(() => errorEnvelope(404, { code: "not_found", message: "No such customer: cus_X" }, "req_404"));
    const error = await failure(sdk.customers.get("cus_X"));
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("PlugipayError");
    expect(error).toMatchObject({ status: 404, code: "not_found", message: "No such customer: cus_X", requestId: "req_404" });
    expect(error.field).toBeUndefined();
  });

  it("carries error.field and details of validation errors", async () => {
    const sdk = clientAnswering(() =>
      errorEnvelope(400, { code: "VALIDATION_ERROR", message: "returnUrl must be https", field: "returnUrl", details: { issue: "https" } }),
    );
    const error = await failure(sdk.portalSessions.create({ customerId: "cus_1", returnUrl: "http://x" }));
    expect(error).toMatchObject({ status: 400, code: "VALIDATION_ERROR", field: "returnUrl", requestId: "req_ERR", details: { issue: "https" } });
  });

  it("maps 401, 403, 409 and 429 codes as sent", async () => {
    for (const [status, code] of [
      [401, "invalid_signature"],
      [403, "insufficient_scope"],
      [409, "idempotency_mismatch"],
      [429, "rate_limited"],
    ] as const) {
      const sdk = clientAnswering(() => errorEnvelope(status, { code, message: code }));
      expect(await failure(sdk.customers.list())).toMatchObject({ status, code });
    }
  });

  it("throws when a 2xx envelope carries an error", async () => {
    const sdk = clientAnswering(() => Response.json({ data: null, error: { code: "odd", message: "odd" }, meta: { requestId: "req_1" } }));
    expect(await failure(sdk.plans.get("plan_1"))).toMatchObject({ status: 200, code: "odd", requestId: "req_1" });
  });

  it("falls back to code unknown and the X-Request-Id header", async () => {
    const sdk = clientAnswering(() => new Response(JSON.stringify({ data: null }), { status: 500, headers: { "X-Request-Id": "req_H" } }));
    expect(await failure(sdk.events.list())).toMatchObject({ status: 500, code: "unknown", message: "HTTP 500", requestId: "req_H" });
    const empty = clientAnswering(() => new Response(null, { status: 503 }));
    expect(await failure(empty.events.list())).toMatchObject({ status: 503, code: "unknown", requestId: null });
  });

  it("maps a non-JSON reply to invalid_response", async () => {
    const html = clientAnswering(() => new Response("<html>Bad gateway</html>", { status: 502, headers: { "Content-Type": "text/html" } }));
    expect(await failure(html.customers.list())).toMatchObject({ status: 502, code: "invalid_response", requestId: null });
    const ok = clientAnswering(() => new Response("not json", { status: 200 }));
    expect(await failure(ok.customers.get("cus_1"))).toMatchObject({ status: 200, code: "invalid_response" });
  });

  it("maps a list reply without an array to invalid_response", async () => {
    const sdk = clientAnswering(() => envelope(200, { not: "a list" }));
    expect(await failure(sdk.customers.list())).toMatchObject({ code: "invalid_response" });
  });

  it("maps a failed fetch to status 0 network_error", async () => {
    const sdk = clientAnswering(() => {
      throw new TypeError("fetch failed");
    });
    const error = await failure(sdk.customers.list());
    expect(error).toMatchObject({ status: 0, code: "network_error", requestId: null });
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it("maps a reply slower than timeoutMs to status 0 timeout and aborts the fetch", async () => {
    let signal: AbortSignal | undefined;
    const sdk = clientAnswering((request) => {
      signal = request.signal;
      return new Promise<Response>(() => undefined); // ignores the signal: the SDK still gives up
    }, 30);
    const started = Date.now();
    expect(await failure(sdk.customers.list())).toMatchObject({ status: 0, code: "timeout" });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(signal?.aborted).toBe(true);
  });

  it("honours a per-call timeout and a fetch that rejects on abort", async () => {
    const sdk = clientAnswering(
      (request) =>
        new Promise<Response>((_, reject) => {
          request.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
        }),
      60_000,
    );
    expect(await failure(sdk.customers.list({}, { timeoutMs: 20 }))).toMatchObject({ status: 0, code: "timeout" });
  });

  it("does not time out a reply that arrives in time", async () => {
    const sdk = clientAnswering(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      return envelope(200, { id: "cus_1" });
    }, 1_000);
    await expect(sdk.customers.get("cus_1")).resolves.toEqual({ id: "cus_1" });
  });
});
