// Verifies a webhook delivery (docs/api.md §8): `X-Plugipay-Signature: t=<unix>,v1=<hex>` where
// v1 = HMAC-SHA256(endpoint secret, "<t>.<raw body>"), within a symmetric tolerance, as the
// official SDKs verify it. Pass the raw body exactly as received; never a re-serialised one.
import { createHmac, timingSafeEqual } from "node:crypto";
import { PlugipayWebhookError } from "./errors";

export const SIGNATURE_HEADER = "X-Plugipay-Signature";
export const DEFAULT_TOLERANCE_SECONDS = 300;

export type VerifyWebhookOptions = {
  /** Maximum |now − t| in seconds; default 300 (zero or less means the default). */
  toleranceSeconds?: number;
  /** Clock in epoch milliseconds; default Date.now. */
  now?: () => number;
};

/** Returns the parsed event, or throws PlugipayWebhookError. */
export function verifyWebhook<T = unknown>(
  rawBody: string | Uint8Array,
  header: string | null | undefined,
  secret: string,
  options: VerifyWebhookOptions = {},
): T {
  if (!header || header.trim() === "") throw new PlugipayWebhookError("signature_missing", `${SIGNATURE_HEADER} header is missing`);
  if (!secret) throw new PlugipayWebhookError("signature_missing", "The webhook secret is empty");
  const { timestamp, signatures } = parseSignatureHeader(header);
  if (timestamp === undefined || signatures.length === 0) {
    throw new PlugipayWebhookError("signature_malformed", `${SIGNATURE_HEADER} needs t=<unix seconds> and v1=<hex>`);
  }
  if (!/^\d{1,15}$/.test(timestamp)) throw new PlugipayWebhookError("signature_malformed", "t is not a unix timestamp");
  if (!signatures.every((v1) => /^(?:[0-9a-fA-F]{2})+$/.test(v1))) throw new PlugipayWebhookError("signature_malformed", "v1 is not hex");

  const requested = options.toleranceSeconds;
  const tolerance = requested !== undefined && Number.isFinite(requested) && requested > 0 ? requested : DEFAULT_TOLERANCE_SECONDS;
  const nowSeconds = Math.floor((options.now ?? Date.now)() / 1000);
  if (Math.abs(nowSeconds - Number(timestamp)) > tolerance) {
    throw new PlugipayWebhookError("signature_stale", `The timestamp is outside the ${tolerance} s tolerance`);
  }

  const body = typeof rawBody === "string" ? Buffer.from(rawBody, "utf8") : Buffer.from(rawBody.buffer, rawBody.byteOffset, rawBody.byteLength);
  const expected = createHmac("sha256", secret).update(`${timestamp}.`).update(body).digest();
  // During a secret rotation Plugipay signs with both secrets; any matching v1 is enough.
  const isValid = signatures.map((v1) => Buffer.from(v1, "hex")).some((received) => received.length === expected.length && timingSafeEqual(received, expected));
  if (!isValid) {
    throw new PlugipayWebhookError("signature_invalid", "The signature does not match the body");
  }

  try {
    return JSON.parse(body.toString("utf8")) as T;
  } catch (error) {
    throw new PlugipayWebhookError("invalid_payload", `The webhook body is not JSON: ${(error as Error).message}`);
  }
}

/** `t=…,v1=…[,v1=…]`: split on ',', trim, the first '=' splits name from value; the last t wins, every v1 counts. */
export function parseSignatureHeader(header: string): { timestamp?: string; signatures: string[] } {
  const result: { timestamp?: string; signatures: string[] } = { signatures: [] };
  for (const raw of header.split(",")) {
    const part = raw.trim();
    const separator = part.indexOf("=");
    if (separator <= 0) continue;
    const name = part.slice(0, separator).trim();
    const value = part.slice(separator + 1).trim();
    if (name === "t") result.timestamp = value;
    else if (name === "v1") result.signatures.push(value);
  }
  return result;
}
