// The API's doors over raw HTTP (docs/api.md §2.6, §2.7, §6.1): node:http sends the request target
// byte for byte (no client-side URL parsing), so these requests reach the server as a hand-written
// client would send them, through Next.js, the proxy and the wrapper.
import { request as httpRequest } from "node:http";
import { authorizationHeader, signRequest } from "../lib/api/signing";
import { expect, test, resolveE2eTarget } from "./fixtures";
import { serverClock } from "./kit/server-clock";

const { baseUrl } = resolveE2eTarget();
type Key = { keyId: string; secret: string };
type RawResponse = { status: number; headers: Record<string, string | string[] | undefined>; json: { error: { code: string; field?: string } | null } };

/** Sends `target` exactly as written, signed over `signedTarget` (by default the target itself). */
function rawCall(key: Key, target: string, options: { method?: string; signedTarget?: string; body?: Buffer; headers?: Record<string, string> } = {}) {
  const method = options.method ?? "GET";
  const timestamp = Math.floor(serverClock.nowMs() / 1000);
  const signature = signRequest(key.secret, { method, path: options.signedTarget ?? target, timestamp, body: options.body });
  const url = new URL(baseUrl);
  return new Promise<RawResponse>((resolve, reject) => {
    const outgoing = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        method,
        path: target,
        headers: { Authorization: authorizationHeader(key.keyId, signature), "X-Plugipay-Timestamp": String(timestamp), ...options.headers },
      },
      (response) => {
        let text = "";
        response.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, json: JSON.parse(text) as RawResponse["json"] }));
      },
    );
    outgoing.on("error", reject);
    outgoing.end(options.body);
  });
}

test.describe("the API's doors over raw HTTP", () => {
  for (const character of ["'", '"', "<", ">"]) {
    test(`a query holding a raw ${character} verifies when signed as sent`, async ({ merchantKey }) => {
      const target = `/v1/customers?email=${character}nobody${character}&limit=1`;
      const result = await rawCall(merchantKey, target, { headers: { "X-Forwarded-For": "198.51.100.1" } });
      expect(result.status, target).toBe(200);
      const sdkStyle = await rawCall(merchantKey, `/api/v1/customers?email=${encodeURIComponent(character)}&limit=1`);
      expect(sdkStyle.status).toBe(200);
    });
  }

  test("a parameter appended after signing fails, __proto__ included", async ({ merchantKey }) => {
    for (const appended of ["__proto__=1", "limit=100"]) {
      const result = await rawCall(merchantKey, `/v1/customers?limit=1&${appended}`, {
        signedTarget: "/v1/customers?limit=1",
        headers: { "X-Forwarded-For": "198.51.100.2" },
      });
      expect(result.status, appended).toBe(401);
      expect(result.json.error?.code).toBe("invalid_signature");
    }
  });

  test("a client cannot name the signed target itself: the server records the target it received", async ({ merchantKey }) => {
    const forged = await rawCall(merchantKey, "/v1/customers?limit=2", {
      signedTarget: "/v1/customers?limit=1",
      headers: { "X-Plugipay-Request-Target": "/v1/customers?limit=1", "X-Plugipay-Front-Server": "1", "X-Forwarded-For": "198.51.100.3" },
    });
    expect(forged.status).toBe(401);
    expect(forged.json.error?.code).toBe("invalid_signature");
  });

  test("a body that is not application/json is 415, invalid UTF-8 is 400", async ({ merchantKey }) => {
    const json = Buffer.from('{"name":"Ada"}');
    const plain = await rawCall(merchantKey, "/v1/customers", { method: "POST", body: json, headers: { "Content-Type": "text/plain" } });
    expect(plain.status).toBe(415);
    expect(plain.json.error?.code).toBe("unsupported_media_type");
    const broken = Buffer.from([...Buffer.from('{"name":"Ad'), 0xff, ...Buffer.from('"}')]);
    const invalid = await rawCall(merchantKey, "/v1/customers", { method: "POST", body: broken, headers: { "Content-Type": "application/json" } });
    expect(invalid.status).toBe(400);
    expect(invalid.json.error?.code).toBe("VALIDATION_ERROR");
  });

  test("failed signatures are limited per key and client address @local", async ({ merchantKey }) => {
    const guess = () => rawCall(merchantKey, "/v1/customers", { signedTarget: "/v1/customers?guess", headers: { "X-Forwarded-For": "192.0.2.99" } });
    for (let attempt = 0; attempt < 10; attempt++) expect((await guess()).json.error?.code).toBe("invalid_signature");
    const limited = await guess();
    expect(limited.status).toBe(429);
    expect(limited.json.error?.code).toBe("rate_limited");
    expect(Number(limited.headers["retry-after"])).toBeGreaterThanOrEqual(1);
    expect((await rawCall(merchantKey, "/v1/customers", { headers: { "X-Forwarded-For": "192.0.2.100" } })).status).toBe(200);
  });
});
