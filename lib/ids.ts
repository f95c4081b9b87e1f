// Prefixed ULIDs: <prefix>_<26 Crockford base32 characters, upper case>.
import { randomBytes } from "node:crypto";
import { nowMs } from "./clock";

export const ID_PREFIXES = {
  account: "acc",
  workspace: "ws",
  customer: "cus",
  portalSession: "ps",
  portalBrowserSession: "pbs",
  plan: "plan",
  price: "price",
  subscription: "sub",
  invoice: "inv",
  invoiceLine: "il",
  charge: "ch",
  paymentMethod: "pm",
  event: "evt",
  webhookEndpoint: "whep",
  webhookDelivery: "whd",
  webhookAttempt: "wha",
  apiKey: "akey",
  request: "req",
  platformConnection: "pcon",
  idempotencyRecord: "idem",
} as const;

export type IdKind = keyof typeof ID_PREFIXES;

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const ULID_PATTERN = "[0-9A-HJKMNP-TV-Z]{26}";

export function newId(kind: IdKind): string {
  return `${ID_PREFIXES[kind]}_${ulid()}`;
}

export function ulid(timeMs: number = nowMs()): string {
  let time = "";
  let remaining = Math.floor(timeMs);
  for (let i = 0; i < 10; i++) {
    time = CROCKFORD[remaining % 32] + time;
    remaining = Math.floor(remaining / 32);
  }
  const bytes = randomBytes(16);
  let random = "";
  for (let i = 0; i < 16; i++) random += CROCKFORD[(bytes[i] ?? 0) % 32];
  return time + random;
}

export function isId(kind: IdKind, value: string): boolean {
  return new RegExp(`^${ID_PREFIXES[kind]}_${ULID_PATTERN}$`).test(value);
}
