// Pure card-number, CVC and expiry checks. Nothing here stores or logs its input.
import "server-only";
import { detectBrand, normalizeCardNumber } from "../payment-methods/card-brand";
import type { CardBrand } from "./payment-processor";

export { detectBrand, normalizeCardNumber };

const DIGITS = /^\d+$/;

/** The Luhn (mod 10) checksum. False for anything that is not a non-empty run of digits. */
export function passesLuhn(digits: string): boolean {
  if (!DIGITS.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = Number(digits[digits.length - 1 - i]);
    sum += i % 2 === 1 ? doubledLuhnDigit(digit) : digit;
  }
  return sum % 10 === 0;
}

function doubledLuhnDigit(digit: number): number {
  const doubled = digit * 2;
  return doubled > 9 ? doubled - 9 : doubled;
}

const VALID_LENGTHS: Record<CardBrand, readonly number[]> = {
  visa: [13, 16, 19],
  mastercard: [16],
  amex: [15],
  discover: [16],
  unknown: [],
};

/** Amex numbers are 15 digits; Visa 13, 16 or 19; the others 16. Unknown brands never pass. */
export function hasValidLength(digits: string, brand: CardBrand): boolean {
  return DIGITS.test(digits) && VALID_LENGTHS[brand].includes(digits.length);
}

/** A number is acceptable when it is digits only, of a known brand, the right length and Luhn-valid. */
export function isValidCardNumber(digits: string): boolean {
  const brand = detectBrand(digits);
  return brand !== "unknown" && hasValidLength(digits, brand) && passesLuhn(digits);
}

/** Amex CVCs are 4 digits, every other brand's 3. */
export function isValidCvc(cvc: string, brand: CardBrand): boolean {
  const length = brand === "amex" ? 4 : 3;
  return cvc.length === length && DIGITS.test(cvc);
}

/** Two-digit years (< 100) mean 20xx. */
export function fullExpiryYear(expYear: number): number {
  return expYear < 100 ? 2000 + expYear : expYear;
}

/** A month that is an integer 1–12 and a year that is a non-negative integer. */
export function isValidExpiry(expMonth: number, expYear: number): boolean {
  return Number.isInteger(expMonth) && expMonth >= 1 && expMonth <= 12 && Number.isInteger(expYear) && expYear >= 0;
}

/**
 * A card is valid through the last day of its expiry month (UTC), so it has expired once `now`
 * reaches the first instant of the following month. Expects a valid month (see isValidExpiry).
 */
export function isExpired(expMonth: number, expYear: number, now: Date): boolean {
  // Date.UTC months are 0-based, so month `expMonth` (1-based) is the month after expiry.
  const firstInstantAfterExpiry = Date.UTC(fullExpiryYear(expYear), expMonth, 1);
  return now.getTime() >= firstInstantAfterExpiry;
}
