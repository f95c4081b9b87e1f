// The API's doors (docs/api.md §2.3, §2.7, §6.1): the signature covers the target exactly as sent,
// bodies are JSON in UTF-8, and failed signatures are limited per key id and client address. The
// requests are built as a server receives them: `new Request(url)` reads the URL with the same WHATWG
// parser that Next.js applies before the proxy and the route handler see it.
import { afterEach, describe, expect, it } from "vitest";
import { advanceClock, nowEpochSeconds, resetClock } from "../clock";
import { REQUEST_TARGET_HEADER } from "./request-target";
import { FAILED_SIGNATURES_PER_MINUTE } from "./signature-failure-limit";
import { authorizationHeader, signRequest } from "./signing";
import { buildSignedRequest, callApi, sendRaw } from "../testing/api-client";
import { createTestWorkspace } from "../testing/fixtures";

afterEach(() => resetClock());

type Key = { keyId: string; secret: string };

/** A GET whose URL is `sent` on the wire, signed over `signedTarget` (by default, as sent). */
function signedGet(key: Key, sent: string, options: { signedTarget?: string; headers?: Record<string, string> } = {}): Request {
  const timestamp = nowEpochSeconds();
  const signature = signRequest(key.secret, { method: "GET", path: options.signedTarget ?? sent, timestamp });
  return new Request(`http://localhost:3000${sent}`, {
    headers: { Authorization: authorizationHeader(key.keyId, signature), "X-Plugipay-Timestamp": String(timestamp), ...options.headers },
  });
}

describe("the signed target is the target as sent", () => {
  it.each(["'", '"', "<", ">"])("verifies a query holding %s, raw or percent-encoded, signed as sent", async (character) => {
    const { key } = await createTestWorkspace();
    const encoded = encodeURIComponent(character) === character ? `%${character.charCodeAt(0).toString(16).toUpperCase()}` : encodeURIComponent(character);
    for (const sent of [`/v1/customers?email=${character}x${character}&limit=2`, `/v1/customers?email=${encoded}x${encoded}&limit=2`]) {
      const result = await sendRaw(signedGet(key, sent));
      expect(result.status, sent).toBe(200);
      expect(result.json.data).toEqual([]);
    }
    // The proxy's recorded target (as Next.js gives it to the proxy) verifies the same way.
    const sent = `/v1/customers?email=${character}`;
    const seen = new URL(`http://localhost${sent}`).search;
    expect((await sendRaw(signedGet(key, sent, { headers: { [REQUEST_TARGET_HEADER]: `/v1/customers${seen}` } }))).status).toBe(200);
  });

  it("still refuses a query with a character changed, raw or encoded alike", async () => {
    const { key } = await createTestWorkspace();
    const refused = await sendRaw(signedGet(key, "/v1/customers?email='x'", { signedTarget: "/v1/customers?email='y'" }));
    expect(refused.status).toBe(401);
    expect(refused.json.error?.code).toBe("invalid_signature");
  });

  it("refuses a parameter appended after signing, __proto__ included, even where Next.js drops it from the URL it serves", async () => {
    const { key } = await createTestWorkspace();
    for (const appended of ["__proto__=1", "constructor=1", "limit=100", "email=a"]) {
      const direct = await sendRaw(signedGet(key, `/v1/customers?limit=1&${appended}`, { signedTarget: "/v1/customers?limit=1" }));
      expect(direct.json.error?.code, appended).toBe("invalid_signature");
    }
    // As served by Next.js: the route handler's URL lost `__proto__`, the proxy recorded it.
    const asServed = signedGet(key, "/v1/customers?limit=1", { headers: { [REQUEST_TARGET_HEADER]: "/v1/customers?limit=1&__proto__=1" } });
    const result = await sendRaw(asServed);
    expect(result.status).toBe(401);
    expect(result.json.error?.code).toBe("invalid_signature");
    // Signed with it, the parameter reaches validation, which names it.
    const signedWithIt = await sendRaw(signedGet(key, "/v1/customers?limit=1&__proto__=1"));
    expect(signedWithIt.status).toBe(400);
    expect(signedWithIt.json.error?.field).toBe("__proto__");
  });
});

describe("request bodies", () => {
  it("answer 415 unsupported_media_type in the envelope for a body that is not application/json", async () => {
    const { key } = await createTestWorkspace();
    for (const contentType of ["text/plain", "application/x-www-form-urlencoded", "application/json; charset=iso-8859-1"]) {
      const result = await callApi({ key, path: "/v1/customers", body: { name: "Ada" }, headers: { "Content-Type": contentType } });
      expect(result.status, contentType).toBe(415);
      expect(result.json.error?.code).toBe("unsupported_media_type");
      expect(result.headers.get("X-Request-Id")).toBe(result.json.meta.requestId);
    }
    const withoutType = buildSignedRequest({ key, path: "/v1/customers", body: { name: "Ada" } });
    withoutType.headers.delete("Content-Type");
    // fetch's Request gives a string body text/plain;charset=UTF-8 when none is set: rebuild it bare.
    const bare = new Request(withoutType.url, { method: "POST", headers: withoutType.headers, body: new TextEncoder().encode('{"name":"Ada"}') });
    const untyped = await sendRaw(bare);
    expect(untyped.status).toBe(415);
    expect(untyped.json.error?.code).toBe("unsupported_media_type");
    expect((await callApi({ key, path: "/v1/customers", body: { name: "Ada" } })).status).toBe(201);
  });

  it("answer 400 VALIDATION_ERROR for a JSON body that is not valid UTF-8", async () => {
    const { key } = await createTestWorkspace();
    const timestamp = nowEpochSeconds();
    const body = Uint8Array.from([...new TextEncoder().encode('{"name":"Ad'), 0xc3, 0x28, ...new TextEncoder().encode('"}')]);
    const signature = signRequest(key.secret, { method: "POST", path: "/v1/customers", timestamp, body });
    const request = new Request("http://localhost:3000/v1/customers", {
      method: "POST",
      body,
      headers: { "Content-Type": "application/json", Authorization: authorizationHeader(key.keyId, signature), "X-Plugipay-Timestamp": String(timestamp) },
    });
    const result = await sendRaw(request);
    expect(result.status).toBe(400);
    expect(result.json.error).toMatchObject({ code: "VALIDATION_ERROR", message: "The request body is not valid UTF-8" });
  });
});

describe("failed signatures per key id and client address", () => {
  const from = (address: string) => ({ "X-Forwarded-For": address });
  const badSignature = (key: Key, address: string) => signedGet(key, "/v1/customers", { signedTarget: "/v1/customers?guess", headers: from(address) });

  it(`answer 429 with Retry-After after ${FAILED_SIGNATURES_PER_MINUTE} a minute, for that key from that address only`, async () => {
    const { key } = await createTestWorkspace();
    const other = await createTestWorkspace();
    for (let attempt = 0; attempt < 25; attempt++) expect((await sendRaw(signedGet(key, "/v1/customers", { headers: from("203.0.113.7") }))).status).toBe(200);
    for (let attempt = 0; attempt < FAILED_SIGNATURES_PER_MINUTE; attempt++) {
      expect((await sendRaw(badSignature(key, "203.0.113.7"))).json.error?.code).toBe("invalid_signature");
    }
    const limited = await sendRaw(badSignature(key, "203.0.113.7"));
    expect(limited.status).toBe(429);
    expect(limited.json.error?.code).toBe("rate_limited");
    expect(Number(limited.headers.get("Retry-After"))).toBeGreaterThanOrEqual(1);
    // A right signature from there waits too: the limit is not an oracle for guesses.
    expect((await sendRaw(signedGet(key, "/v1/customers", { headers: from("203.0.113.7") }))).status).toBe(429);
    // Another address, and another key from the same address, are not affected.
    expect((await sendRaw(signedGet(key, "/v1/customers", { headers: from("198.51.100.20") }))).status).toBe(200);
    expect((await sendRaw(signedGet(other.key, "/v1/customers", { headers: from("203.0.113.7") }))).status).toBe(200);
    advanceClock(60_000);
    expect((await sendRaw(signedGet(key, "/v1/customers", { headers: from("203.0.113.7") }))).status).toBe(200);
  });

  it("never hold back a client's own concurrent requests with right signatures", async () => {
    const { key } = await createTestWorkspace();
    const results = await Promise.all(Array.from({ length: 40 }, () => sendRaw(signedGet(key, "/v1/customers", { headers: from("192.0.2.77") }))));
    expect(results.map((result) => result.status)).toEqual(Array.from({ length: 40 }, () => 200));
  });

  it("let no more than the limit through when guesses arrive at once", async () => {
    const { key } = await createTestWorkspace();
    const results = await Promise.all(Array.from({ length: 30 }, () => sendRaw(badSignature(key, "192.0.2.55"))));
    const codes = results.map((result) => result.json.error?.code);
    expect(codes.filter((code) => code === "invalid_signature")).toHaveLength(FAILED_SIGNATURES_PER_MINUTE);
    expect(codes.filter((code) => code === "rate_limited")).toHaveLength(30 - FAILED_SIGNATURES_PER_MINUTE);
    expect(results.every((result) => result.status < 500)).toBe(true);
  });
});
