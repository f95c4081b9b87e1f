// The X-Plugipay-Signature header of a delivery (docs/api.md §8): `t=<unix seconds>,v1=<hex HMAC-SHA256(
// secret, "<t>.<raw body>")>`. During a secret rotation the body is signed with both secrets, one
// `v1=` entry each.
//
// Order: the previous secret's entry first, the current secret's entry LAST. Plugipay's official SDKs
// read only one `v1`, the last one, so a receiver already on the new secret verifies with them; this
// repository's verifyWebhook (lib/sdk) accepts any `v1`, so it verifies with either secret until
// the old one expires.
import { hmacSha256Hex } from "../crypto/hash";

export const SIGNATURE_HEADER = "X-Plugipay-Signature";

/** `secrets` as signingSecretsOf returns them: the current secret first, then the previous one, if any. */
export function signatureHeader(body: string, secrets: readonly string[], timestampSeconds: number): string {
  if (secrets.length === 0) throw new Error("An endpoint needs a signing secret");
  const t = String(Math.floor(timestampSeconds));
  const entries = [...secrets].reverse().map((secret) => `v1=${hmacSha256Hex(secret, `${t}.${body}`)}`);
  return [`t=${t}`, ...entries].join(",");
}
