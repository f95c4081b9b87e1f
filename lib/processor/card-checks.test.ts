import { describe, expect, it } from "vitest";
import {
  detectBrand,
  fullExpiryYear,
  hasValidLength,
  isExpired,
  isValidCardNumber,
  isValidCvc,
  isValidExpiry,
  normalizeCardNumber,
  passesLuhn,
} from "./card-checks";

describe("normalizeCardNumber", () => {
  it("strips spaces and dashes", () => {
    expect(normalizeCardNumber("4242 4242 4242 4242")).toBe("4242424242424242");
    expect(normalizeCardNumber("4242-4242-4242-4242")).toBe("4242424242424242");
    expect(normalizeCardNumber(" 3782 822463-10005 ")).toBe("378282246310005");
  });

  it("leaves other characters for the checks to reject", () => {
    expect(normalizeCardNumber("4242.4242")).toBe("4242.4242");
  });
});

describe("passesLuhn", () => {
  it("accepts valid checksums", () => {
    for (const n of ["4242424242424242", "5555555555554444", "378282246310005", "79927398713", "0"]) {
      expect(passesLuhn(n)).toBe(true);
    }
  });

  it("rejects invalid checksums, empty input and non-digits", () => {
    expect(passesLuhn("4242424242424241")).toBe(false);
    expect(passesLuhn("79927398710")).toBe(false);
    expect(passesLuhn("")).toBe(false);
    expect(passesLuhn("4242 4242 4242 4242")).toBe(false);
    expect(passesLuhn("42a2")).toBe(false);
  });
});

describe("detectBrand", () => {
  it.each([
    ["4242424242424242", "visa"],
    ["4", "visa"],
    ["5100000000000000", "mastercard"],
    ["5555555555554444", "mastercard"],
    ["2221000000000000", "mastercard"],
    ["2720990000000000", "mastercard"],
    ["340000000000000", "amex"],
    ["378282246310005", "amex"],
    ["6011000000000000", "discover"],
    ["6440000000000000", "discover"],
    ["6490000000000000", "discover"],
    ["6500000000000000", "discover"],
  ] as const)("%s is %s", (digits, brand) => {
    expect(detectBrand(digits)).toBe(brand);
  });

  const unknown = ["5000000000000000", "5600000000000000", "2220990000000000", "2721000000000000"];
  unknown.push("3500000000000000", "3300000000000000", "6010000000000000", "6430000000000000");
  unknown.push("6600000000000000", "1234567890123456", "", "abcd");
  it.each(unknown)("%j is unknown", (digits) => {
    expect(detectBrand(digits)).toBe("unknown");
  });
});

describe("hasValidLength and isValidCardNumber", () => {
  it("requires 15 digits for amex, 13/16/19 for visa and 16 for the others", () => {
    expect(hasValidLength("3".repeat(15), "amex")).toBe(true);
    expect(hasValidLength("3".repeat(16), "amex")).toBe(false);
    for (const length of [13, 16, 19]) expect(hasValidLength("4".repeat(length), "visa")).toBe(true);
    for (const length of [12, 15, 17, 18, 20]) expect(hasValidLength("4".repeat(length), "visa")).toBe(false);
    expect(hasValidLength("5".repeat(16), "mastercard")).toBe(true);
    expect(hasValidLength("5".repeat(15), "mastercard")).toBe(false);
    expect(hasValidLength("6".repeat(16), "discover")).toBe(true);
    expect(hasValidLength("6".repeat(19), "discover")).toBe(false);
    expect(hasValidLength("1".repeat(16), "unknown")).toBe(false);
  });

  it("combines brand, length and Luhn", () => {
    expect(isValidCardNumber("4242424242424242")).toBe(true);
    expect(isValidCardNumber("4222222222222")).toBe(true); // 13-digit visa
    expect(isValidCardNumber("6011111111111117")).toBe(true);
    expect(isValidCardNumber("4242424242424241")).toBe(false); // Luhn
    expect(isValidCardNumber("424242424242")).toBe(false); // length
    expect(isValidCardNumber("37828224631000")).toBe(false); // amex length
    expect(isValidCardNumber("0000000000000000")).toBe(false); // unknown brand, passes Luhn
  });
});

describe("isValidCvc", () => {
  it("requires 4 digits for amex and 3 for every other brand", () => {
    expect(isValidCvc("1234", "amex")).toBe(true);
    expect(isValidCvc("123", "amex")).toBe(false);
    for (const brand of ["visa", "mastercard", "discover", "unknown"] as const) {
      expect(isValidCvc("123", brand)).toBe(true);
      expect(isValidCvc("1234", brand)).toBe(false);
      expect(isValidCvc("12", brand)).toBe(false);
    }
  });

  it("rejects non-digits", () => {
    expect(isValidCvc("12a", "visa")).toBe(false);
    expect(isValidCvc("1 3", "visa")).toBe(false);
    expect(isValidCvc("", "visa")).toBe(false);
  });
});

describe("expiry", () => {
  it("accepts integer months 1-12 and non-negative integer years", () => {
    expect(isValidExpiry(1, 2030)).toBe(true);
    expect(isValidExpiry(12, 30)).toBe(true);
    expect(isValidExpiry(0, 2030)).toBe(false);
    expect(isValidExpiry(13, 2030)).toBe(false);
    expect(isValidExpiry(1.5, 2030)).toBe(false);
    expect(isValidExpiry(Number.NaN, 2030)).toBe(false);
    expect(isValidExpiry(6, -1)).toBe(false);
    expect(isValidExpiry(6, 2030.5)).toBe(false);
  });

  it("treats years below 100 as 20xx", () => {
    expect(fullExpiryYear(30)).toBe(2030);
    expect(fullExpiryYear(0)).toBe(2000);
    expect(fullExpiryYear(2031)).toBe(2031);
  });

  it("keeps a card valid through the last instant of its expiry month, UTC", () => {
    expect(isExpired(6, 2030, new Date("2030-06-30T23:59:59.999Z"))).toBe(false);
    expect(isExpired(6, 2030, new Date("2030-07-01T00:00:00.000Z"))).toBe(true);
    expect(isExpired(6, 2030, new Date("2030-06-01T00:00:00.000Z"))).toBe(false);
    expect(isExpired(6, 2030, new Date("2029-12-31T00:00:00.000Z"))).toBe(false);
  });

  it("rolls December over into the next year", () => {
    expect(isExpired(12, 2030, new Date("2030-12-31T23:59:59.999Z"))).toBe(false);
    expect(isExpired(12, 2030, new Date("2031-01-01T00:00:00.000Z"))).toBe(true);
  });

  it("handles two-digit years", () => {
    expect(isExpired(6, 30, new Date("2030-06-15T00:00:00Z"))).toBe(false);
    expect(isExpired(6, 30, new Date("2030-07-01T00:00:00Z"))).toBe(true);
    expect(isExpired(1, 24, new Date("2026-01-01T00:00:00Z"))).toBe(true);
  });
});
