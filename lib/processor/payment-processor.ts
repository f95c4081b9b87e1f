// The payment-processor boundary. Raw card numbers and CVCs cross it exactly once, into
// tokenizeCard; nothing that comes back out (or is stored, or logged) ever contains them —
// only brand, last4, expiry, a keyed fingerprint and an opaque processor token.

import "server-only";
import type { CardBrand } from "../payment-methods/card-brand";

export type { CardBrand };
export type CardDetails = { number: string; expMonth: number; expYear: number; cvc: string };
export type TokenizedCard = { brand: CardBrand; last4: string; expMonth: number; expYear: number; fingerprint: string; processorToken: string };
export type CardFailureCode = "invalid_number" | "invalid_expiry" | "invalid_cvc" | "card_declined" | "insufficient_funds" | "expired_card";
export type TokenizeResult =
  { ok: true; card: TokenizedCard } | { ok: false; code: CardFailureCode; field: "number" | "expiry" | "cvc" | null; message: string };
export type ChargeRequest = { processorToken: string; amount: number; currency: string; attemptKey: string };
export type ChargeResult = { ok: true; reference: string } | { ok: false; code: "card_declined" | "insufficient_funds"; message: string };
export interface PaymentProcessor {
  tokenizeCard(card: CardDetails, now: Date): Promise<TokenizeResult>;
  charge(request: ChargeRequest): Promise<ChargeResult>;
}
