import { describe, expect, it } from "vitest";
import { parseSignatureHeader, verifyWebhook } from "../sdk/verify-webhook";
import { signatureHeader } from "./sign-delivery";

const T = 1750000000;
const at = (seconds: number) => ({ now: () => seconds * 1000 });
const BODY = '{"id":"evt_1","type":"invoice.paid","accountId":"acc_1","mode":"test","occurredAt":"2026-01-01T00:00:00.000Z","data":{"object":{"id":"inv_1"}}}';

/** Each `v1=` entry of a header, as a header of its own. */
function entries(header: string): string[] {
  const t = parseSignatureHeader(header).timestamp;
  return header
    .split(",")
    .filter((part) => part.startsWith("v1="))
    .map((part) => `t=${t},${part}`);
}

describe("delivery signature header", () => {
  it("matches the SDK test vector W3", () => {
    expect(signatureHeader('{"hello":"world"}', ["whsec_x"], T)).toBe(`t=${T},v1=385ebab0ee679a9a9ea1dbff57dfb74b12d29ce36abc44124c8f93f806aa27f5`);
  });

  it("verifies with verifyWebhook and the endpoint secret, and with nothing else", () => {
    const header = signatureHeader(BODY, ["whsec_current"], T);
    expect(verifyWebhook(BODY, header, "whsec_current", at(T + 5))).toEqual(JSON.parse(BODY));
    expect(() => verifyWebhook(BODY, header, "whsec_other", at(T))).toThrow(expect.objectContaining({ code: "signature_invalid" }));
    expect(() => verifyWebhook(BODY + " ", header, "whsec_current", at(T))).toThrow(expect.objectContaining({ code: "signature_invalid" }));
    expect(() => verifyWebhook(BODY, header, "whsec_current", at(T + 301))).toThrow(expect.objectContaining({ code: "signature_stale" }));
  });

  it("signs with both secrets during a rotation: the SDK verifier checks the current one, each entry verifies with its secret", () => {
    const header = signatureHeader(BODY, ["whsec_current", "whsec_previous"], T);
    expect(header.split(",").filter((part) => part.startsWith("v1="))).toHaveLength(2);
    // verifyWebhook (like Plugipay's SDKs) reads the last v1: the current secret's.
    expect(verifyWebhook(BODY, header, "whsec_current", at(T))).toEqual(JSON.parse(BODY));
    // A verifier that accepts any v1 entry also verifies with the previous secret.
    const [previousEntry, currentEntry] = entries(header) as [string, string];
    expect(verifyWebhook(BODY, previousEntry, "whsec_previous", at(T))).toEqual(JSON.parse(BODY));
    expect(verifyWebhook(BODY, currentEntry, "whsec_current", at(T))).toEqual(JSON.parse(BODY));
    const anyEntryVerifies = (secret: string) =>
      entries(header).some((entry) => {
        try {
          verifyWebhook(BODY, entry, secret, at(T));
          return true;
        } catch {
          return false;
        }
      });
    expect(anyEntryVerifies("whsec_previous")).toBe(true);
    expect(anyEntryVerifies("whsec_current")).toBe(true);
    expect(anyEntryVerifies("whsec_stranger")).toBe(false);
  });

  it("refuses to sign without a secret", () => {
    expect(() => signatureHeader(BODY, [], T)).toThrow();
  });
});
