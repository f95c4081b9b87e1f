import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { PlugipayWebhookError } from "./errors";
import { parseSignatureHeader, verifyWebhook } from "./verify-webhook";

// plugipay-api-facts §9 webhook vectors (inputs from the Go SDK's webhooks_test), t=1750000000.
const T = 1750000000;
const VECTORS = [
  [
    "W1",
    "whsec_test_1234567890",
    '{"id":"evt_x","type":"plugipay.invoice.paid.v1","accountId":"acc_1","occurredAt":"2026-01-01T00:00:00Z","data":{"object":{}}}',
    "a27a43ad604742dd06c12f700419e47e4101167d0c1c7893bf2aaf52a8f2901c",
  ],
  [
    "W2",
    "whsec_typed",
    '{"id":"evt_abc","type":"plugipay.checkout_session.completed.v1","accountId":"acc_1","occurredAt":"2026-01-01T00:00:00Z","data":{"object":{"id":"cs_1"}}}',
    "40ace65bec962f51132271f6ca6580954bc418d3b78919c9b7067af56fc9573c",
  ],
  ["W3", "whsec_x", '{"hello":"world"}', "385ebab0ee679a9a9ea1dbff57dfb74b12d29ce36abc44124c8f93f806aa27f5"],
  ["W4", "whsec_x", "{}", "cbe7dd952bb3faf3c04ee92fd0e38df9f624ec75b70d46dbb21aa2a0f32f8801"],
] as const;
const [, W3_SECRET, W3_BODY, W3_V1] = VECTORS[2];
const W3_HEADER = `t=${T},v1=${W3_V1}`;
const at = (seconds: number) => () => seconds * 1000;

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PlugipayWebhookError);
    return (error as PlugipayWebhookError).code;
  }
  return undefined;
}

describe("verifyWebhook", () => {
  it.each(VECTORS)("accepts %s and returns the parsed event", (_name, secret, body, v1) => {
    expect(verifyWebhook(body, `t=${T},v1=${v1}`, secret, { now: at(T + 10) })).toEqual(JSON.parse(body));
    expect(verifyWebhook(new TextEncoder().encode(body), `t=${T},v1=${v1}`, secret, { now: at(T) })).toEqual(JSON.parse(body));
  });

  it("applies the default 300 s tolerance symmetrically", () => {
    expect(codeOf(() => verifyWebhook(W3_BODY, W3_HEADER, W3_SECRET, { now: at(T + 10) }))).toBeUndefined();
    expect(codeOf(() => verifyWebhook(W3_BODY, W3_HEADER, W3_SECRET, { now: at(T + 300) }))).toBeUndefined();
    expect(codeOf(() => verifyWebhook(W3_BODY, W3_HEADER, W3_SECRET, { now: at(T - 300) }))).toBeUndefined();
    expect(codeOf(() => verifyWebhook(W3_BODY, W3_HEADER, W3_SECRET, { now: at(T + 400) }))).toBe("signature_stale");
    expect(codeOf(() => verifyWebhook(W3_BODY, W3_HEADER, W3_SECRET, { now: at(T + 600) }))).toBe("signature_stale");
    expect(codeOf(() => verifyWebhook(W3_BODY, W3_HEADER, W3_SECRET, { now: at(T - 301) }))).toBe("signature_stale");
  });

  it("takes a custom tolerance (and the default for zero or less)", () => {
    expect(codeOf(() => verifyWebhook(W3_BODY, W3_HEADER, W3_SECRET, { now: at(T + 400), toleranceSeconds: 600 }))).toBeUndefined();
    expect(codeOf(() => verifyWebhook(W3_BODY, W3_HEADER, W3_SECRET, { now: at(T + 601), toleranceSeconds: 600 }))).toBe("signature_stale");
    expect(codeOf(() => verifyWebhook(W3_BODY, W3_HEADER, W3_SECRET, { now: at(T + 400), toleranceSeconds: 0 }))).toBe("signature_stale");
  });

  it("uses Date.now by default", () => {
    const now = Math.floor(Date.now() / 1000);
    const v1 = createHmac("sha256", W3_SECRET).update(`${now}.${W3_BODY}`).digest("hex");
    expect(verifyWebhook(W3_BODY, `t=${now},v1=${v1}`, W3_SECRET)).toEqual({ hello: "world" });
    expect(codeOf(() => verifyWebhook(W3_BODY, W3_HEADER, W3_SECRET))).toBe("signature_stale");
  });

  it("rejects a tampered body, another secret, or another timestamp", () => {
    expect(codeOf(() => verifyWebhook('{"hello":"mars"}', W3_HEADER, W3_SECRET, { now: at(T) }))).toBe("signature_invalid");
    expect(codeOf(() => verifyWebhook(`${W3_BODY} `, W3_HEADER, W3_SECRET, { now: at(T) }))).toBe("signature_invalid");
    expect(codeOf(() => verifyWebhook(W3_BODY, W3_HEADER, "whsec_y", { now: at(T) }))).toBe("signature_invalid");
    expect(codeOf(() => verifyWebhook(W3_BODY, `t=${T + 1},v1=${W3_V1}`, W3_SECRET, { now: at(T) }))).toBe("signature_invalid");
    expect(codeOf(() => verifyWebhook(W3_BODY, `t=${T},v1=${W3_V1.slice(0, 62)}`, W3_SECRET, { now: at(T) }))).toBe("signature_invalid");
  });

  it("rejects malformed headers", () => {
    const check = (header: string) => codeOf(() => verifyWebhook(W3_BODY, header, W3_SECRET, { now: at(T) }));
    expect(check(`t=abc,v1=${W3_V1}`)).toBe("signature_malformed");
    expect(check(`t=${T},v1=${"zz".repeat(32)}`)).toBe("signature_malformed");
    expect(check(`t=${T},v1=${W3_V1}0`)).toBe("signature_malformed");
    expect(check(`t=${T}`)).toBe("signature_malformed");
    expect(check(`v1=${W3_V1}`)).toBe("signature_malformed");
    expect(check("garbage")).toBe("signature_malformed");
    expect(check(`t=${T},v0=${W3_V1}`)).toBe("signature_malformed");
  });

  it("parses leniently: spaces, unknown parts, upper-case hex; the last t wins and any v1 may match (rotation)", () => {
    const check = (header: string) => codeOf(() => verifyWebhook(W3_BODY, header, W3_SECRET, { now: at(T) }));
    expect(check(` t=${T} , v1=${W3_V1} `)).toBeUndefined();
    expect(check(`t=${T},v0=abc,v1=${W3_V1.toUpperCase()}`)).toBeUndefined();
    expect(check(`t=1,v1=${"0".repeat(64)},t=${T},v1=${W3_V1}`)).toBeUndefined();
    expect(check(`t=${T},v1=${W3_V1},v1=${"0".repeat(64)}`)).toBeUndefined();
    expect(check(`t=${T},v1=${"0".repeat(64)},v1=${"1".repeat(64)}`)).toBe("signature_invalid");
    expect(parseSignatureHeader("t=1=2,v1=ab")).toEqual({ timestamp: "1=2", signatures: ["ab"] });
  });

  it("answers signature_missing for a missing header or an empty secret", () => {
    expect(codeOf(() => verifyWebhook(W3_BODY, undefined, W3_SECRET, { now: at(T) }))).toBe("signature_missing");
    expect(codeOf(() => verifyWebhook(W3_BODY, null, W3_SECRET, { now: at(T) }))).toBe("signature_missing");
    expect(codeOf(() => verifyWebhook(W3_BODY, "  ", W3_SECRET, { now: at(T) }))).toBe("signature_missing");
    expect(codeOf(() => verifyWebhook(W3_BODY, W3_HEADER, "", { now: at(T) }))).toBe("signature_missing");
  });

  it("answers invalid_payload (400) for an authentic body that is not JSON", () => {
    const body = "not json";
    const v1 = createHmac("sha256", W3_SECRET).update(`${T}.${body}`).digest("hex");
    try {
      verifyWebhook(body, `t=${T},v1=${v1}`, W3_SECRET, { now: at(T) });
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ name: "PlugipayWebhookError", code: "invalid_payload", status: 400 });
    }
    expect(codeOf(() => verifyWebhook(W3_BODY, W3_HEADER, "", { now: at(T) }))).toBe("signature_missing");
  });

  it("gives signature errors status 401", () => {
    expect(new PlugipayWebhookError("signature_invalid", "x").status).toBe(401);
  });
});
