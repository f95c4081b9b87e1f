// Purpose-bound keys derived from the one APP_SECRET (HKDF-SHA256), so a key for one purpose can
// never verify or decrypt another's data.
import "server-only";
import { hkdfSync } from "node:crypto";
import { appSecret } from "../env";

export type KeyPurpose = "secret-box" | "portal-token" | "card-fingerprint" | "plan-change-quote" | "portal-cookie";

const cache = new Map<string, Uint8Array>();

export function derivedKey(purpose: KeyPurpose, secret: string = appSecret()): Uint8Array {
  const cacheKey = `${purpose}:${secret}`;
  let key = cache.get(cacheKey);
  if (!key) {
    key = new Uint8Array(hkdfSync("sha256", secret, "plugipay", `plugipay/${purpose}/v1`, 32));
    cache.set(cacheKey, key);
  }
  return key;
}
