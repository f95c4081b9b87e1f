// Prefixed ULIDs: <prefix>_<26 Crockford base32 characters, upper case>.
import { monotonicFactory } from "ulid";
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
  emailMessage: "em",
} as const;

export type IdKind = keyof typeof ID_PREFIXES;

const ULID_PATTERN = "[0-9A-HJKMNP-TV-Z]{26}";
const ID_PATTERNS = Object.fromEntries(Object.entries(ID_PREFIXES).map(([kind, prefix]) => [kind, new RegExp(`^${prefix}_${ULID_PATTERN}$`)])) as Record<
  IdKind,
  RegExp
>;

// Monotonic within a millisecond: ids made in the same millisecond still sort in creation order
// (keyset pagination and the webhook outbox order by id). Randomness comes from the platform's CSPRNG
// in 256-byte draws: ulid's default asks it for one byte per character, 16 calls for every id.
const nextUlid = monotonicFactory(pooledRandom());

function pooledRandom(): () => number {
  const pool = new Uint8Array(256);
  let next = pool.length;
  return () => {
    if (next === pool.length) {
      crypto.getRandomValues(pool);
      next = 0;
    }
    return pool[next++]! / 256;
  };
}

/** `<prefix>_<ULID>`; the ULID's first ten characters encode the time (lib/clock), so ids sort by creation. */
export function newId(kind: IdKind): string {
  return `${ID_PREFIXES[kind]}_${nextUlid(Math.floor(nowMs()))}`;
}

export function isId(kind: IdKind, value: string): boolean {
  return ID_PATTERNS[kind].test(value);
}
