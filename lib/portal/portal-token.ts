// The #t token of a portal URL: a JWS (HS256, jose) naming its session, unique per session. Only its
// SHA-256 is stored; the token itself lives in the URL fragment and never reaches a log.
import "server-only";
import { randomBytes } from "node:crypto";
import { SignJWT, jwtVerify } from "jose";
import { derivedKey } from "../crypto/keys";
import { sha256Hex } from "../crypto/hash";

const ISSUER = "plugipay-portal";
const TOKEN_TYPE = "portal+jwt";

/** The HMAC key imported once per process and secret: jose would import raw bytes again on every call. */
const signingKeys = new Map<Uint8Array, Promise<CryptoKey>>();

function portalTokenKey(): Promise<CryptoKey> {
  const raw = derivedKey("portal-token");
  let key = signingKeys.get(raw);
  if (!key) {
    key = crypto.subtle.importKey("raw", Uint8Array.from(raw), { name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]);
    signingKeys.set(raw, key);
  }
  return key;
}

export async function signPortalToken(input: { portalSessionId: string; expiresAt: Date; issuedAt: Date }): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: "HS256", typ: TOKEN_TYPE })
    .setIssuer(ISSUER)
    .setSubject(input.portalSessionId)
    .setJti(randomBytes(16).toString("base64url"))
    .setIssuedAt(Math.floor(input.issuedAt.getTime() / 1000))
    .setExpirationTime(Math.floor(input.expiresAt.getTime() / 1000))
    .sign(await portalTokenKey());
}

/**
 * Checks the token's signature and that it names this session. Expiry is judged by the caller against
 * the stored session (one clock for both), so this verification ignores `exp`.
 */
export async function verifyPortalToken(token: string, portalSessionId: string): Promise<boolean> {
  try {
    const { payload } = await jwtVerify(token, await portalTokenKey(), {
      algorithms: ["HS256"],
      issuer: ISSUER,
      subject: portalSessionId,
      typ: TOKEN_TYPE,
      currentDate: new Date(0),
    });
    return payload.sub === portalSessionId;
  } catch {
    return false;
  }
}

export function hashPortalToken(token: string): string {
  return sha256Hex(token);
}
