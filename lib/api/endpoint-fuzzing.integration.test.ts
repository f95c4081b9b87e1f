// Property-based fuzzing of every merchant API endpoint (issue 10, item 7): hostile path parameters,
// queries, bodies and headers, signed as the SDKs sign them. Every answer is a well-formed envelope
// and never a 5xx. FUZZ_SEED replays a run (fast-check prints the seed and the shrunk case on failure);
// FUZZ_RUNS sets the cases per endpoint, for a longer hunt.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ENDPOINTS } from "./endpoints";
import { buildSignedRequest, type ApiCall } from "../testing/api-client";
import { fuzzedRequest, type FuzzedRequest } from "../testing/api-fuzz-arbitraries";
import { createSubscribedCustomer } from "../testing/portal-fixtures";
import { handleApiRequest } from "./handle-api-request";

vi.hoisted(() => {
  // The fuzzer measures validation, not the token buckets: thousands of calls a second from one key.
  process.env.RATE_LIMIT_MULTIPLIER = "100000";
});

const MINIMUM_CASES = 1_000;
const RUNS_PER_ENDPOINT = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : Math.max(20, Math.ceil((MINIMUM_CASES * 1.2) / ENDPOINTS.length));
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);

let key: ApiCall["key"];
let realIds: string[] = [];
let casesRun = 0;
const statusCounts = new Map<number, number>();

beforeAll(async () => {
  const fixture = await createSubscribedCustomer();
  key = fixture.workspace.key;
  realIds = [fixture.customerId, fixture.subscription.id, fixture.invoice.id, fixture.card.id, fixture.plans.pro.planId, fixture.plans.starter.priceId];
});

afterAll(() => {
  const summary = [...statusCounts.entries()].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`);
  console.info(`API fuzzing: ${casesRun} cases over ${ENDPOINTS.length} endpoints (seed ${SEED}): ${summary.join(" ")}`);
});

describe("every endpoint under hostile input", () => {
  for (const endpoint of ENDPOINTS) {
    it(`${endpoint.method} ${endpoint.path} answers an envelope, never a 5xx`, { timeout: 180_000 }, async () => {
      await fc.assert(
        fc.asyncProperty(fuzzedRequest(endpoint, realIds), async (fuzzed) => {
          casesRun += 1;
          const response = await handleApiRequest(signed(fuzzed));
          statusCounts.set(response.status, (statusCounts.get(response.status) ?? 0) + 1);
          expect(response.status, describeCase(fuzzed)).toBeLessThan(500);
          await expectWellFormed(response, fuzzed);
        }),
        { numRuns: RUNS_PER_ENDPOINT, seed: SEED + ENDPOINTS.indexOf(endpoint) },
      );
    });
  }

  // Cases the fuzzer once found (the seed is random per run), replayed on every run.
  it.each([
    { path: "/v1/customers", method: "POST", rawBody: '{"externalId":"\\ud800"}', field: "externalId" },
    { path: "/v1/customers", method: "POST", rawBody: '{"email":"a@b.example","name":"x\\udc00"}', field: "name" },
    { path: "/v1/portal-sessions", method: "POST", rawBody: '{"customerId":"cus_x","returnUrl":"https://a.example/\\ud800"}', field: "returnUrl" },
  ])("$method $path with a lone surrogate in $field answers 400 naming it", async ({ path, method, rawBody, field }) => {
    const response = await handleApiRequest(signed({ path, method, rawBody, headers: {}, idempotencyKey: undefined }));
    expect(response.status).toBe(400);
    const envelope = (await response.json()) as { error: { code: string; field?: string } };
    expect(envelope.error).toMatchObject({ code: "VALIDATION_ERROR", field });
  });

  it(`ran at least ${MINIMUM_CASES} cases`, () => {
    expect(casesRun).toBeGreaterThanOrEqual(MINIMUM_CASES);
  });
});

function signed(fuzzed: FuzzedRequest): Request {
  return buildSignedRequest({
    key,
    method: fuzzed.method,
    path: fuzzed.path,
    rawBody: fuzzed.rawBody,
    headers: fuzzed.headers,
    idempotencyKey: fuzzed.idempotencyKey,
  });
}

async function expectWellFormed(response: Response, fuzzed: FuzzedRequest): Promise<void> {
  const text = await response.text();
  const contentType = response.headers.get("content-type") ?? "";
  if (response.status < 300 && (response.status === 204 || !contentType.includes("json"))) return; // a file (the invoice PDF) or no content
  const envelope = JSON.parse(text) as { data: unknown; error: { code: unknown; message: unknown } | null; meta: { requestId: unknown } };
  expect(typeof envelope.meta.requestId, describeCase(fuzzed)).toBe("string");
  if (response.status >= 400) {
    expect(envelope.data, describeCase(fuzzed)).toBeNull();
    expect(typeof envelope.error?.code, describeCase(fuzzed)).toBe("string");
    expect(typeof envelope.error?.message, describeCase(fuzzed)).toBe("string");
  } else {
    expect(envelope.error, describeCase(fuzzed)).toBeNull();
  }
}

function describeCase(fuzzed: FuzzedRequest): string {
  return `${fuzzed.method} ${fuzzed.path} headers=${JSON.stringify(fuzzed.headers)} body=${JSON.stringify(fuzzed.rawBody?.slice(0, 200))}`;
}
