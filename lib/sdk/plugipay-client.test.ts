import { describe, expect, it } from "vitest";
import { signRequest } from "../api/signing";
import { PlugipayClient } from "./plugipay-client";
import { envelope, fakeFetch } from "./testing/fake-fetch";

// docs/api.md §2 and plugipay-api-facts §9 vectors.
const SECRET = "sk_test_xxxxxxxxxxxxxxxxxxxxxxxx";
const KEY_ID = "pk_test_abcdefghijklmnopqrstuvwx";
const TIMESTAMP = 1747046520;
const AUTH = /^Plugipay-HMAC-SHA256 keyId=pk_test_abcdefghijklmnopqrstuvwx, scope=\*, signature=[0-9a-f]{64}$/;
const IDEM = /^idem_[0-9a-f-]{36}$/;
const PORTAL_BODY = '{"customerId":"cus_01HXAB7K3M9N2P5QRS8TVWXY3Z","returnUrl":"https://example.com/account"}';

function client(options: Partial<ConstructorParameters<typeof PlugipayClient>[0]> = {}) {
  const fake = fakeFetch((request) => envelope(request.method === "POST" ? 201 : 200, []));
  const sdk = new PlugipayClient({ keyId: KEY_ID, secret: SECRET, now: () => TIMESTAMP * 1000 + 999, fetch: fake.fetch, ...options });
  return { sdk, fake };
}

const signatureOf = (authorization: string | undefined) => /signature=([0-9a-f]{64})$/.exec(authorization ?? "")?.[1];

describe("request signing (docs/api.md §2 vectors)", () => {
  it("GET /v1/customers with pathPrefix /v1", async () => {
    const { sdk, fake } = client({ pathPrefix: "/v1" });
    await sdk.customers.list();
    expect(fake.last.url).toBe("https://plugipay.com/v1/customers");
    expect(fake.last.headers["x-plugipay-timestamp"]).toBe(String(TIMESTAMP));
    expect(signatureOf(fake.last.headers.authorization)).toBe("2ae94d6b74c2ba07969fb81d319fe4d127b9777bb41a2e15bc6124db3b56f4e6");
  });

  it("GET /api/v1/customers by default (S1) and with a query string (S2)", async () => {
    const { sdk, fake } = client();
    await sdk.customers.list();
    expect(fake.last.target).toBe("/api/v1/customers");
    expect(signatureOf(fake.last.headers.authorization)).toBe("5ca33e49c98f453095caa3f5def4ee9cc74a1086e3c329d17ad0204df5c63f04");
    await sdk.customers.list({ limit: 5, cursor: "cur_abc", email: undefined });
    expect(fake.last.target).toBe("/api/v1/customers?limit=5&cursor=cur_abc");
    expect(signatureOf(fake.last.headers.authorization)).toBe("f7ea2c7b1b0231abb3cbf84d9e60a5c4bad3429a07f6307507e96c38062efe11");
  });

  it("POST /api/v1/portal-sessions with a fixed Idempotency-Key (S4), body bytes as signed", async () => {
    const { sdk, fake } = client();
    await sdk.portalSessions.create(
      { customerId: "cus_01HXAB7K3M9N2P5QRS8TVWXY3Z", returnUrl: "https://example.com/account" },
      { idempotencyKey: "idem_3f1c2b9e-8a4d-4c1e-9f0a-1b2c3d4e5f60" },
    );
    expect(fake.last.method).toBe("POST");
    expect(fake.last.body).toBe(PORTAL_BODY);
    expect(fake.last.headers["idempotency-key"]).toBe("idem_3f1c2b9e-8a4d-4c1e-9f0a-1b2c3d4e5f60");
    expect(fake.last.headers["content-type"]).toBe("application/json");
    expect(signatureOf(fake.last.headers.authorization)).toBe("fc369606e6f88fca5f84d4f8fb785023a2413e32986d87621159ce0c71b586ff");
  });

  it("signs the automatic Idempotency-Key as the fifth line", async () => {
    const { sdk, fake } = client();
    await sdk.portalSessions.create({ customerId: "cus_01HXAB7K3M9N2P5QRS8TVWXY3Z", returnUrl: "https://example.com/account" });
    const key = fake.last.headers["idempotency-key"];
    expect(key).toMatch(IDEM);
    const expected = signRequest(SECRET, { method: "POST", path: "/api/v1/portal-sessions", timestamp: TIMESTAMP, body: PORTAL_BODY, idempotencyKey: key });
    expect(signatureOf(fake.last.headers.authorization)).toBe(expected);
  });

  it("signs a fresh timestamp for every request", async () => {
    let nowMs = TIMESTAMP * 1000;
    const { sdk, fake } = client({ now: () => nowMs });
    await sdk.customers.list();
    nowMs += 61_000;
    await sdk.customers.list();
    expect(fake.sent.map((request) => request.headers["x-plugipay-timestamp"])).toEqual([String(TIMESTAMP), String(TIMESTAMP + 61)]);
  });
});

describe("request headers", () => {
  it("sends the Authorization format, Accept, and no body or Content-Type on GET", async () => {
    const { sdk, fake } = client();
    await sdk.subscriptions.get("sub_1");
    expect(fake.last.headers.authorization).toMatch(AUTH);
    expect(fake.last.headers.accept).toBe("application/json");
    expect(fake.last.body).toBeUndefined();
    expect(fake.last.headers["content-type"]).toBeUndefined();
    expect(fake.last.headers["idempotency-key"]).toBeUndefined();
    expect(fake.last.headers["x-plugipay-on-behalf-of"]).toBeUndefined();
  });

  it("adds a new idem_<uuid> key to every POST and PATCH, never to GET", async () => {
    const { sdk, fake } = client();
    await sdk.customers.create({ name: "Ada" });
    await sdk.customers.create({ name: "Ada" });
    await sdk.customers.update("cus_1", { name: "Grace" });
    await sdk.portalSettings.update({ viewInvoices: false });
    await sdk.events.list({ type: "invoice.paid" });
    const keys = fake.sent.map((request) => request.headers["idempotency-key"]);
    for (const key of keys.slice(0, 4)) expect(key).toMatch(IDEM);
    expect(new Set(keys.slice(0, 4)).size).toBe(4);
    expect(keys[4]).toBeUndefined();
    for (const request of fake.sent) expect(request.headers.authorization).toMatch(AUTH);
  });

  it("uses Date.now by default", async () => {
    const fake = fakeFetch(() => envelope(200, {}));
    const sdk = new PlugipayClient({ keyId: KEY_ID, secret: SECRET, fetch: fake.fetch });
    const before = Math.floor(Date.now() / 1000);
    await sdk.portalSettings.get();
    const sent = Number(fake.last.headers["x-plugipay-timestamp"]);
    expect(sent).toBeGreaterThanOrEqual(before);
    expect(sent).toBeLessThanOrEqual(Math.floor(Date.now() / 1000));
  });

  it("sends X-Plugipay-On-Behalf-Of from the client, forMerchant and per call", async () => {
    const { sdk, fake } = client();
    const merchant = sdk.forMerchant("acc_MERCHANT");
    expect(merchant).toBeInstanceOf(PlugipayClient);
    expect(merchant.onBehalfOf).toBe("acc_MERCHANT");
    await merchant.customers.list();
    expect(fake.last.headers["x-plugipay-on-behalf-of"]).toBe("acc_MERCHANT");
    expect(signatureOf(fake.last.headers.authorization)).toBe("5ca33e49c98f453095caa3f5def4ee9cc74a1086e3c329d17ad0204df5c63f04");
    await sdk.customers.list();
    expect(fake.last.headers["x-plugipay-on-behalf-of"]).toBeUndefined();
    await sdk.customers.list({}, { onBehalfOf: "acc_OTHER" });
    expect(fake.last.headers["x-plugipay-on-behalf-of"]).toBe("acc_OTHER");
    const preset = client({ onBehalfOf: "acc_PRESET" });
    await preset.sdk.plans.list();
    expect(preset.fake.last.headers["x-plugipay-on-behalf-of"]).toBe("acc_PRESET");
  });
});

describe("URLs", () => {
  it("strips trailing slashes from baseUrl and keeps its path in the signed target", async () => {
    const { sdk, fake } = client({ baseUrl: "http://localhost:3000///" });
    await sdk.customers.list();
    expect(fake.last.url).toBe("http://localhost:3000/api/v1/customers");
    const proxied = client({ baseUrl: "https://gateway.example.com/plugipay/" });
    await proxied.sdk.customers.list();
    expect(proxied.fake.last.url).toBe("https://gateway.example.com/plugipay/api/v1/customers");
    const expected = signRequest(SECRET, { method: "GET", path: "/plugipay/api/v1/customers", timestamp: TIMESTAMP });
    expect(signatureOf(proxied.fake.last.headers.authorization)).toBe(expected);
  });

  it("encodes path ids and signs the encoded path", async () => {
    const { sdk, fake } = client();
    await sdk.customers.get("cus 1/../x?y");
    expect(fake.last.url).toBe("https://plugipay.com/api/v1/customers/cus%201%2F..%2Fx%3Fy");
    const expected = signRequest(SECRET, { method: "GET", path: "/api/v1/customers/cus%201%2F..%2Fx%3Fy", timestamp: TIMESTAMP });
    expect(signatureOf(fake.last.headers.authorization)).toBe(expected);
  });

  it("builds query strings with URLSearchParams, skipping undefined", async () => {
    const { sdk, fake } = client();
    await sdk.customers.list({ email: "a b+c@example.com", externalId: undefined, limit: 10 });
    expect(fake.last.target).toBe("/api/v1/customers?email=a+b%2Bc%40example.com&limit=10");
    await sdk.plans.list({ active: false });
    expect(fake.last.target).toBe("/api/v1/plans?active=false");
    const expected = signRequest(SECRET, { method: "GET", path: "/api/v1/plans?active=false", timestamp: TIMESTAMP });
    expect(signatureOf(fake.last.headers.authorization)).toBe(expected);
  });

  it("validates its options", () => {
    expect(() => new PlugipayClient({ keyId: "", secret: SECRET })).toThrow(expect.objectContaining({ code: "missing_key_id" }));
    expect(() => new PlugipayClient({ keyId: KEY_ID, secret: "" })).toThrow(expect.objectContaining({ code: "missing_secret" }));
    expect(() => new PlugipayClient({ keyId: KEY_ID, secret: SECRET, baseUrl: "not a url" })).toThrow(expect.objectContaining({ code: "invalid_request" }));
    expect(new PlugipayClient({ keyId: KEY_ID, secret: SECRET }).baseUrl).toBe("https://plugipay.com");
  });
});
