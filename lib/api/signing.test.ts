import { describe, expect, it } from "vitest";
import { authorizationHeader, bodyHash, parseAuthorization, signRequest, stringToSign } from "./signing";

const SECRET = "sk_test_xxxxxxxxxxxxxxxxxxxxxxxx";
const TIMESTAMP = "1747046520";
const PORTAL_BODY = '{"customerId":"cus_01HXAB7K3M9N2P5QRS8TVWXY3Z","returnUrl":"https://example.com/account"}';

describe("request signing (docs/api.md §2 test vectors)", () => {
  it("signs GET /v1/customers with the empty-body hash", () => {
    expect(signRequest(SECRET, { method: "GET", path: "/v1/customers", timestamp: TIMESTAMP })).toBe(
      "2ae94d6b74c2ba07969fb81d319fe4d127b9777bb41a2e15bc6124db3b56f4e6",
    );
  });

  it("signs POST /api/v1/portal-sessions with its body", () => {
    expect(signRequest(SECRET, { method: "POST", path: "/api/v1/portal-sessions", timestamp: TIMESTAMP, body: PORTAL_BODY })).toBe(
      "0b0697ca76804f61729802c8209680105f61adf816165fc7e72bf84c92739849",
    );
  });

  it("adds the Idempotency-Key as a fifth line", () => {
    const request = {
      method: "POST",
      path: "/api/v1/portal-sessions",
      timestamp: TIMESTAMP,
      body: PORTAL_BODY,
      idempotencyKey: "idem_3f1c2b9e-8a4d-4c1e-9f0a-1b2c3d4e5f60",
    };
    expect(signRequest(SECRET, request)).toBe("fc369606e6f88fca5f84d4f8fb785023a2413e32986d87621159ce0c71b586ff");
    expect(stringToSign(request).split("\n")).toHaveLength(5);
  });

  it("signs the raw query string as sent", () => {
    expect(signRequest(SECRET, { method: "GET", path: "/api/v1/customers?limit=5&cursor=cur_abc", timestamp: TIMESTAMP })).toBe(
      "f7ea2c7b1b0231abb3cbf84d9e60a5c4bad3429a07f6307507e96c38062efe11",
    );
  });

  it("matches the official Go SDK's test inputs", () => {
    expect(signRequest("sk_test_supersecret", { method: "POST", path: "/api/v1/customers", timestamp: 1700000000, body: '{"hello":"world"}' })).toBe(
      "8a2e5176c29bf48b2021877cb36c28e95586aa3119f7a55a89bc27f42211b7b3",
    );
    expect(signRequest("sk_x", { method: "POST", path: "/x", timestamp: 1700000000, body: "{}", idempotencyKey: "idem_abc" })).toBe(
      "4c050b47344e753bfcdf409c1c1b363387ae3a56b075a215ff74c9356406d4e5",
    );
    expect(signRequest("sk_x", { method: "POST", path: "/x", timestamp: 1700000000, body: "{}" })).toBe(
      "0b242b6fdc5c9a657322b8b3e54c0328c670ebb24a7d6fbfde85417670bb2d20",
    );
  });

  it("hashes an absent body as the empty string", () => {
    expect(bodyHash(undefined)).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(bodyHash(new Uint8Array())).toBe(bodyHash(""));
  });
});

describe("Authorization header", () => {
  it("round-trips the official format", () => {
    const header = authorizationHeader("pk_test_abc123", "a".repeat(64));
    expect(header).toBe(`Plugipay-HMAC-SHA256 keyId=pk_test_abc123, scope=*, signature=${"a".repeat(64)}`);
    expect(parseAuthorization(header)).toEqual({ keyId: "pk_test_abc123", signature: "a".repeat(64) });
  });

  it.each([
    null,
    "",
    "Bearer pk_test_abc",
    "Plugipay-HMAC-SHA256 keyId=pk_test_abc",
    "Plugipay-HMAC-SHA256 signature=abcd",
    "Plugipay-HMAC-SHA256 keyId=pk_test_abc, scope=plugipay:portal:create, signature=abcd",
    "Plugipay-HMAC-SHA256 keyId=sk_test_abc, scope=*, signature=abcd",
    "Plugipay-HMAC-SHA256 keyId=pk_test_abc, keyId=pk_test_def, signature=abcd",
  ])("refuses %j", (header) => {
    expect(parseAuthorization(header)).toBeNull();
  });
});
