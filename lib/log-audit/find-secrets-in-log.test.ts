import { describe, expect, it } from "vitest";
import { findSecretsInLog, passesLuhn } from "./find-secrets-in-log";

const line = (fields: Record<string, unknown>) => JSON.stringify({ level: "info", time: 1764650000000, message: "request", ...fields });

describe("the log audit", () => {
  it.each([
    ["portal_token", line({ url: "http://127.0.0.1:3100/portal/ps_01ABC#t=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJwcyJ9.c2lnbmF0dXJlLXZhbHVl" })],
    ["portal_token", line({ body: "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJwcyJ9.c2lnbmF0dXJlLXZhbHVl" })],
    ["portal_cookie", line({ cookie: "plugipay_portal=Fe26.2**abcdef0123456789" })],
    ["api_secret", line({ secret: "sk_test_Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z" })],
    ["webhook_secret", line({ secret: "whsec_Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z" })],
    [
      "signature",
      line({ authorization: "Plugipay-HMAC-SHA256 keyId=pk_test_x, scope=*, signature=385ebab0ee679a9a9ea1dbff57dfb74b12d29ce36abc44124c8f93f806aa27f5" }),
    ],
    ["signature", line({ header: "t=1747046520,v1=385ebab0ee679a9a9ea1dbff57dfb74b12d29ce36abc44124c8f93f806aa27f5" })],
    ["card_number", line({ number: "4242424242424242" })],
    ["card_number", line({ number: "5555 5555 5555 4444" })],
    ["card_number", line({ number: "3782-822463-10005" })],
    ["smtp_password", line({ error: "connect failed: smtp://mailer:Wh1sper3d@mail.example.test:587" })],
  ] as const)("finds a %s and says only where", (kind, text) => {
    const findings = findSecretsInLog(`${line({})}\n${text}`);
    expect(findings).toContainEqual({ line: 2, kind });
    expect(JSON.stringify(findings)).not.toMatch(/4242|5555|sk_test|whsec|eyJ|385eba|Wh1sper3d/);
  });

  it("passes ordinary log lines: ids, millisecond times, amounts, last four digits, request ids", () => {
    const text = [
      line({ customerId: "cus_01M8TMNHGMX0WDYFXJ59JXG4CW", requestId: "req_01M8TMNHH3W7MW1986F3GJ4EQF" }),
      line({ amount: 4900, last4: "4242", brand: "visa", expMonth: 12, expYear: 2034 }),
      line({ at: 1764650000000123, durationMs: 12.5, keyId: "pk_test_abc123", path: "/v1/customers?limit=10" }),
      line({ message: "signature does not match", code: "invalid_signature" }),
      line({ number: "4242424242424241" }),
      line({ message: "invoice emails are sent over SMTP", smtp: "smtp://127.0.0.1:3125", to: "ada@example.com" }),
    ].join("\n");
    expect(findSecretsInLog(text)).toEqual([]);
  });

  it("checks card numbers with Luhn", () => {
    expect(passesLuhn("4242424242424242")).toBe(true);
    expect(passesLuhn("4000000000000002")).toBe(true);
    expect(passesLuhn("4242424242424241")).toBe(false);
  });
});
