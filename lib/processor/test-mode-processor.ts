// The built-in test-mode processor (like Stripe's test mode): deterministic and offline.
//
// Test cards (any future expiry; CVC 3 digits, 4 for Amex):
//
// | Number              | Brand      | Tokenize                           | Charge                                   |
// |---------------------|------------|------------------------------------|------------------------------------------|
// | 4242 4242 4242 4242 | visa       | succeeds                           | always succeeds                          |
// | 5555 5555 5555 4444 | mastercard | succeeds                           | always succeeds                          |
// | 3782 822463 10005   | amex       | succeeds                           | always succeeds                          |
// | 4000 0000 0000 0002 | visa       | fails: card_declined               | (never tokenized)                        |
// | 4000 0000 0000 9995 | visa       | succeeds                           | always fails: insufficient_funds         |
// | 4000 0000 0000 0341 | visa       | succeeds                           | always fails: card_declined              |
// | any other number passing the Luhn, brand and length checks: tokenizes, charges succeed       |
//
// The processor records how a card's charges behave in the opaque token itself:
// `tok_test_<marker>_<22 random base64url chars>`, where marker is ok | nsf | declined. It carries no
// card data (the random part is redrawn in the rare case it happens to spell the last4 or CVC).
// Charges are idempotent per attempt key, like a real processor's idempotency key: the first request
// for a key is charged and entered in the ledger (lib/processor/test-processor-ledger.ts); the same key
// again gets the first answer and is not charged again; the same key with another card or amount throws.
// Nothing here logs: the card number and CVC never leave tokenizeCard.
import "server-only";
import { randomBytes } from "node:crypto";
import { hmacSha256Hex, sha256Hex } from "../crypto/hash";
import { derivedKey } from "../crypto/keys";
import { detectBrand, fullExpiryYear, isExpired, isValidCardNumber, isValidCvc, isValidExpiry, normalizeCardNumber } from "./card-checks";
import type { CardBrand, CardDetails, CardFailureCode, ChargeRequest, ChargeResult, PaymentProcessor, TokenizeResult } from "./payment-processor";
import { databaseTestProcessorLedger, processorTokenHash, type TestProcessorEntry, type TestProcessorLedger } from "./test-processor-ledger";

export type TestCardBehaviour = "succeeds" | "tokenize_declined" | "charge_insufficient_funds" | "charge_declined";
export type TestCard = { number: string; brand: CardBrand; behaviour: TestCardBehaviour };

export const TEST_CARDS = {
  visa: { number: "4242424242424242", brand: "visa", behaviour: "succeeds" },
  mastercard: { number: "5555555555554444", brand: "mastercard", behaviour: "succeeds" },
  amex: { number: "378282246310005", brand: "amex", behaviour: "succeeds" },
  declinedAtTokenize: { number: "4000000000000002", brand: "visa", behaviour: "tokenize_declined" },
  insufficientFunds: { number: "4000000000009995", brand: "visa", behaviour: "charge_insufficient_funds" },
  declinedAtCharge: { number: "4000000000000341", brand: "visa", behaviour: "charge_declined" },
} as const satisfies Record<string, TestCard>;

type ChargeBehaviour = Exclude<TestCardBehaviour, "tokenize_declined">;

const TOKEN_MARKERS = {
  succeeds: "ok",
  charge_insufficient_funds: "nsf",
  charge_declined: "declined",
} as const satisfies Record<ChargeBehaviour, string>;

const TOKEN_PATTERN = /^tok_test_(ok|nsf|declined)_([A-Za-z0-9_-]{22})$/;

const MESSAGES = {
  invalid_number: "Your card number is incorrect.",
  invalid_expiry: "Your card's expiration date is invalid.",
  expired_card: "Your card has expired.",
  invalid_cvc: "Your card's security code is invalid.",
  card_declined: "Your card was declined.",
  insufficient_funds: "Your card has insufficient funds.",
} as const satisfies Record<CardFailureCode, string>;

type TokenizeFailure = Extract<TokenizeResult, { ok: false }>;

function failure(code: CardFailureCode, field: TokenizeFailure["field"]): TokenizeFailure {
  return { ok: false, code, field, message: MESSAGES[code] };
}

function behaviourOf(digits: string): TestCardBehaviour {
  const card = Object.values(TEST_CARDS).find((candidate) => candidate.number === digits);
  return card?.behaviour ?? "succeeds";
}

/** Validation in order: number, then expiry, then CVC. Null when the card details are usable. */
function validationFailure(digits: string, card: CardDetails, now: Date): TokenizeFailure | null {
  if (!isValidCardNumber(digits)) return failure("invalid_number", "number");
  if (!isValidExpiry(card.expMonth, card.expYear)) return failure("invalid_expiry", "expiry");
  if (isExpired(card.expMonth, card.expYear, now)) return failure("expired_card", "expiry");
  if (!isValidCvc(card.cvc, detectBrand(digits))) return failure("invalid_cvc", "cvc");
  return null;
}

/** Random base64url id; redrawn in the (vanishingly rare) case it happens to spell a card secret. */
function randomTokenId(avoid: readonly string[]): string {
  for (;;) {
    const id = randomBytes(16).toString("base64url");
    if (!avoid.some((secret) => secret.length > 0 && id.includes(secret))) return id;
  }
}

function newProcessorToken(behaviour: ChargeBehaviour, avoid: readonly string[]): string {
  return `tok_test_${TOKEN_MARKERS[behaviour]}_${randomTokenId(avoid)}`;
}

function chargeBehaviourOf(processorToken: string): ChargeBehaviour {
  const marker = TOKEN_PATTERN.exec(processorToken)?.[1];
  const entry = Object.entries(TOKEN_MARKERS).find(([, value]) => value === marker);
  if (!entry) throw new Error("Not a test-mode processor token");
  return entry[0] as ChargeBehaviour;
}

function cardFingerprint(digits: string): string {
  return hmacSha256Hex(derivedKey("card-fingerprint"), digits);
}

async function tokenizeCard(card: CardDetails, now: Date): Promise<TokenizeResult> {
  const digits = normalizeCardNumber(card.number);
  const invalid = validationFailure(digits, card, now);
  if (invalid) return invalid;
  const behaviour = behaviourOf(digits);
  if (behaviour === "tokenize_declined") return failure("card_declined", null);
  const last4 = digits.slice(-4);
  return {
    ok: true,
    card: {
      brand: detectBrand(digits),
      last4,
      expMonth: card.expMonth,
      expYear: fullExpiryYear(card.expYear),
      fingerprint: cardFingerprint(digits),
      processorToken: newProcessorToken(behaviour, [last4, card.cvc]),
    },
  };
}

function assertValidChargeRequest(request: ChargeRequest): void {
  if (!Number.isSafeInteger(request.amount) || request.amount <= 0) {
    throw new Error("Charge amount must be a positive integer number of minor units");
  }
  if (request.attemptKey.length === 0) throw new Error("Charge attemptKey must not be empty");
}

/** Deterministic per attempt, so retrying an attempt yields the same reference. */
export function testChargeReference(attemptKey: string): string {
  return `chg_test_${sha256Hex(attemptKey).slice(0, 24)}`;
}

const CHARGE_OUTCOMES = {
  succeeds: "succeeded",
  charge_insufficient_funds: "insufficient_funds",
  charge_declined: "card_declined",
} as const satisfies Record<ChargeBehaviour, TestProcessorEntry["outcome"]>;

function resultOf(entry: TestProcessorEntry): ChargeResult {
  if (entry.outcome === "succeeded") return { ok: true, reference: entry.reference ?? testChargeReference(entry.attemptKey) };
  return { ok: false, code: entry.outcome, message: MESSAGES[entry.outcome] };
}

function chargeWith(ledger: TestProcessorLedger) {
  return async function charge(request: ChargeRequest): Promise<ChargeResult> {
    assertValidChargeRequest(request);
    const outcome = CHARGE_OUTCOMES[chargeBehaviourOf(request.processorToken)];
    const entry: TestProcessorEntry = {
      attemptKey: request.attemptKey,
      tokenHash: processorTokenHash(request.processorToken),
      amount: request.amount,
      currency: request.currency,
      outcome,
      reference: outcome === "succeeded" ? testChargeReference(request.attemptKey) : null,
    };
    const recorded = await ledger.recordOnce(entry);
    if (recorded.tokenHash !== entry.tokenHash || recorded.amount !== entry.amount || recorded.currency !== entry.currency) {
      throw new Error("Charge attemptKey was already used for a different charge");
    }
    return resultOf(recorded);
  };
}

/** A test-mode processor keeping its ledger where the caller says (unit tests keep it in memory). */
export function createTestModeProcessor(ledger: TestProcessorLedger): PaymentProcessor {
  return { tokenizeCard, charge: chargeWith(ledger) };
}

export const testModeProcessor: PaymentProcessor = createTestModeProcessor(databaseTestProcessorLedger);
