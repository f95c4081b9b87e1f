import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { hmacSha256Hex, sha256Hex } from "../crypto/hash";
import { derivedKey } from "../crypto/keys";
import { paymentProcessorFor } from "./index";
import type { CardDetails, TokenizedCard } from "./payment-processor";
import { TEST_CARDS, createTestModeProcessor, testChargeReference, testModeProcessor } from "./test-mode-processor";
import { inMemoryTestProcessorLedger, processorTokenHash } from "./test-processor-ledger";

const NOW = new Date("2026-03-15T12:00:00Z");
const VISA = TEST_CARDS.visa.number;

function card(number: string, overrides: Partial<CardDetails> = {}): CardDetails {
  const cvc = number.replace(/\D/g, "").length === 15 ? "7319" : "731";
  return { number, expMonth: 12, expYear: 2030, cvc, ...overrides };
}

function tokenize(number: string, overrides: Partial<CardDetails> = {}) {
  return testModeProcessor.tokenizeCard(card(number, overrides), NOW);
}

async function tokenized(number: string, overrides: Partial<CardDetails> = {}): Promise<TokenizedCard> {
  const result = await tokenize(number, overrides);
  if (!result.ok) throw new Error(`expected ${number} to tokenize, got ${result.code}`);
  return result.card;
}

let ledger = inMemoryTestProcessorLedger();
let processor = createTestModeProcessor(ledger);

beforeEach(() => {
  ledger = inMemoryTestProcessorLedger();
  processor = createTestModeProcessor(ledger);
});

async function chargeCard(number: string, attemptKey = "attempt_1", amount = 1999) {
  const { processorToken } = await tokenized(number);
  return processor.charge({ processorToken, amount, currency: "usd", attemptKey });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("tokenizeCard with the test cards", () => {
  it.each([
    [TEST_CARDS.visa.number, "visa"],
    [TEST_CARDS.mastercard.number, "mastercard"],
    [TEST_CARDS.amex.number, "amex"],
    [TEST_CARDS.insufficientFunds.number, "visa"],
    [TEST_CARDS.declinedAtCharge.number, "visa"],
    ["6011111111111117", "discover"],
    ["2223003122003222", "mastercard"],
    ["4222222222222", "visa"],
  ] as const)("tokenizes %s as %s", async (number, brand) => {
    const result = await tokenized(number);
    expect(result).toMatchObject({ brand, last4: number.slice(-4), expMonth: 12, expYear: 2030 });
    expect(result.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(result.processorToken).toMatch(/^tok_test_[a-z]+_[A-Za-z0-9_-]{22}$/);
  });

  it("accepts formatted numbers and two-digit years", async () => {
    expect(await tokenized("3782-822463-10005")).toMatchObject({ brand: "amex", last4: "0005" });
    expect((await tokenized("4242 4242 4242 4242", { expYear: 30 })).expYear).toBe(2030);
  });

  it("declines 4000 0000 0000 0002 at tokenization", async () => {
    const result = await tokenize("4000 0000 0000 0002");
    expect(result).toEqual({ ok: false, code: "card_declined", field: null, message: "Your card was declined." });
  });
});

describe("tokenizeCard validation", () => {
  it.each(["4242424242424241", "424242424242424", "37828224631000", "0000000000000000", "4242x42424242424", ""])(
    "rejects %j as invalid_number",
    async (number) => {
      const message = "Your card number is incorrect.";
      expect(await tokenize(number)).toEqual({ ok: false, code: "invalid_number", field: "number", message });
    },
  );

  it.each([
    [0, 2030],
    [13, 2030],
    [1.5, 2030],
    [6, -1],
  ])("rejects month %s / year %s as invalid_expiry", async (expMonth, expYear) => {
    const message = "Your card's expiration date is invalid.";
    expect(await tokenize(VISA, { expMonth, expYear })).toEqual({ ok: false, code: "invalid_expiry", field: "expiry", message });
  });

  it("rejects a past expiry as expired_card and accepts the current month", async () => {
    const message = "Your card has expired.";
    expect(await tokenize(VISA, { expMonth: 2, expYear: 2026 })).toEqual({ ok: false, code: "expired_card", field: "expiry", message });
    expect((await tokenized(VISA, { expMonth: 3, expYear: 26 })).expYear).toBe(2026);
  });

  it.each([
    [VISA, "1234"],
    [VISA, "12"],
    [VISA, "12a"],
    [TEST_CARDS.amex.number, "123"],
  ])("rejects %s with CVC %s as invalid_cvc", async (number, cvc) => {
    const message = "Your card's security code is invalid.";
    expect(await tokenize(number, { cvc })).toEqual({ ok: false, code: "invalid_cvc", field: "cvc", message });
  });

  it("checks the number, then the expiry, then the CVC, then the test card's decline", async () => {
    const bad = { expMonth: 13, cvc: "1" };
    expect(await tokenize("4242424242424241", bad)).toMatchObject({ code: "invalid_number" });
    expect(await tokenize(VISA, bad)).toMatchObject({ code: "invalid_expiry" });
    expect(await tokenize(VISA, { ...bad, expMonth: 1, expYear: 2020 })).toMatchObject({ code: "expired_card" });
    expect(await tokenize(TEST_CARDS.declinedAtTokenize.number, { cvc: "1" })).toMatchObject({ code: "invalid_cvc" });
  });
});

describe("card secrets", () => {
  it("never returns the full number or the CVC, and the token holds no card digits", async () => {
    for (const testCard of Object.values(TEST_CARDS)) {
      const details = card(testCard.number);
      const result = await testModeProcessor.tokenizeCard(details, NOW);
      expect(JSON.stringify(result)).not.toContain(testCard.number);
      if (!result.ok) continue;
      const { fingerprint, processorToken, ...visibleFields } = result.card;
      expect(fingerprint).not.toContain(testCard.number);
      expect(JSON.stringify(visibleFields)).not.toContain(details.cvc);
      expect(processorToken).not.toContain(details.cvc);
      expect(processorToken).not.toContain(result.card.last4);
    }
  });

  it("does not echo the number or CVC in failures", async () => {
    const serialized = JSON.stringify(await tokenize("4242424242424241", { cvc: "987" }));
    expect(serialized).not.toContain("4242424242424241");
    expect(serialized).not.toContain("987");
  });

  it("never logs", async () => {
    const methods = ["log", "info", "warn", "error", "debug"] as const;
    const spies = [...methods.map((method) => vi.spyOn(console, method)), vi.spyOn(process.stderr, "write")];
    await tokenized(VISA);
    await tokenize(TEST_CARDS.declinedAtTokenize.number);
    await tokenize("4242424242424241");
    await chargeCard(TEST_CARDS.insufficientFunds.number, "nsf_attempt");
    await chargeCard(VISA);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });
});

describe("fingerprints and tokens", () => {
  it("fingerprints the digits with the card-fingerprint key", async () => {
    const expected = hmacSha256Hex(derivedKey("card-fingerprint"), "4242424242424242");
    expect((await tokenized("4242 4242 4242 4242")).fingerprint).toBe(expected);
  });

  it("gives the same number the same fingerprint whatever the expiry, formatting or CVC", async () => {
    const a = await tokenized("4242424242424242");
    const b = await tokenized("4242-4242-4242-4242", { expMonth: 1, expYear: 2031, cvc: "555" });
    expect(b.fingerprint).toBe(a.fingerprint);
  });

  it("gives different numbers different fingerprints", async () => {
    const numbers = [VISA, TEST_CARDS.mastercard.number, TEST_CARDS.insufficientFunds.number, "6011111111111117"];
    const fingerprints = await Promise.all(numbers.map(async (n) => (await tokenized(n)).fingerprint));
    expect(new Set(fingerprints).size).toBe(numbers.length);
  });

  it("issues a fresh opaque token on every tokenization", async () => {
    expect((await tokenized(VISA)).processorToken).not.toBe((await tokenized(VISA)).processorToken);
  });
});

describe("charge", () => {
  it.each([VISA, TEST_CARDS.mastercard.number, TEST_CARDS.amex.number, "6011111111111117"])("succeeds for %s", async (number) => {
    expect(await chargeCard(number, "attempt_ok")).toEqual({ ok: true, reference: testChargeReference("attempt_ok") });
  });

  it("fails 4000 0000 0000 9995 with insufficient_funds and 4000 0000 0000 0341 with card_declined, every time", async () => {
    for (const attempt of ["a", "b"]) {
      expect(await chargeCard(TEST_CARDS.insufficientFunds.number, `nsf_${attempt}`)).toEqual({
        ok: false,
        code: "insufficient_funds",
        message: "Your card has insufficient funds.",
      });
      expect(await chargeCard(TEST_CARDS.declinedAtCharge.number, `declined_${attempt}`)).toEqual({
        ok: false,
        code: "card_declined",
        message: "Your card was declined.",
      });
    }
  });

  it("is deterministic per attemptKey, and charges an attempt key once however often it is presented", async () => {
    const { processorToken } = await tokenized(VISA);
    const request = { processorToken, amount: 1999, currency: "usd", attemptKey: "inv_1:attempt_1" };
    const first = await processor.charge(request);
    expect(first).toEqual({ ok: true, reference: `chg_test_${sha256Hex("inv_1:attempt_1").slice(0, 24)}` });
    expect(await Promise.all([processor.charge(request), processor.charge(request)])).toEqual([first, first]);
    expect(await processor.charge({ ...request, attemptKey: "inv_1:attempt_2" })).not.toEqual(first);
    expect([...ledger.entries.values()].map((entry) => [entry.attemptKey, entry.outcome, entry.tokenHash])).toEqual([
      ["inv_1:attempt_1", "succeeded", processorTokenHash(processorToken)],
      ["inv_1:attempt_2", "succeeded", processorTokenHash(processorToken)],
    ]);
  });

  it("answers a declined attempt key with the same decline when it is presented again", async () => {
    const { processorToken } = await tokenized(TEST_CARDS.declinedAtCharge.number);
    const request = { processorToken, amount: 500, currency: "usd", attemptKey: "declined_once" };
    expect(await processor.charge(request)).toMatchObject({ ok: false, code: "card_declined" });
    expect(await processor.charge(request)).toMatchObject({ ok: false, code: "card_declined" });
    expect(ledger.entries.size).toBe(1);
  });

  it("refuses an attempt key reused for another card or amount", async () => {
    await chargeCard(VISA, "reused");
    await expect(chargeCard(VISA, "reused")).rejects.toThrow(/already used/);
    const { processorToken } = await tokenized(VISA);
    await processor.charge({ processorToken, amount: 100, currency: "usd", attemptKey: "reused_amount" });
    await expect(processor.charge({ processorToken, amount: 101, currency: "usd", attemptKey: "reused_amount" })).rejects.toThrow(/already used/);
  });

  it.each([0, -100, 12.5, Number.NaN, Number.POSITIVE_INFINITY])("throws for amount %s", async (amount) => {
    await expect(chargeCard(VISA, "k", amount)).rejects.toThrow(/amount/);
  });

  it("throws for an empty attemptKey or a token it did not issue", async () => {
    await expect(chargeCard(VISA, "")).rejects.toThrow(/attemptKey/);
    const foreign = { processorToken: "tok_live_abc", amount: 100, currency: "usd", attemptKey: "k" };
    await expect(processor.charge(foreign)).rejects.toThrow(/token/);
  });
});

describe("paymentProcessorFor", () => {
  it("returns the test-mode processor for test", () => {
    expect(paymentProcessorFor("test")).toBe(testModeProcessor);
  });

  it("returns a live processor that refuses every call", async () => {
    const live = paymentProcessorFor("live");
    const request = { processorToken: "tok", amount: 100, currency: "usd", attemptKey: "k" };
    await expect(live.tokenizeCard(card(VISA), NOW)).rejects.toThrow("No live payment processor is configured");
    await expect(live.charge(request)).rejects.toThrow("No live payment processor is configured");
  });
});
