// A card's brand from the leading digits of its number (the IIN ranges), shared by the payment
// processor's checks (lib/processor/card-checks.ts) and the add-card form's brand hint, which runs
// in the browser as the customer types: pure, nothing here stores or logs its input.

export const CARD_BRANDS = ["visa", "mastercard", "amex", "discover", "unknown"] as const;
export type CardBrand = (typeof CARD_BRANDS)[number];

const DIGITS = /^\d+$/;

/** Removes the spaces (any whitespace) and dashes people type between digit groups. */
export function normalizeCardNumber(raw: string): string {
  return raw.replace(/[\s-]+/g, "");
}

function prefixInRange(digits: string, length: number, low: number, high: number): boolean {
  if (digits.length < length) return false;
  const prefix = Number(digits.slice(0, length));
  return prefix >= low && prefix <= high;
}

/** Brand from the number's leading digits (its IIN range); "unknown" until the digits tell. */
export function detectBrand(digits: string): CardBrand {
  if (!DIGITS.test(digits)) return "unknown";
  if (digits.startsWith("4")) return "visa";
  if (prefixInRange(digits, 2, 51, 55) || prefixInRange(digits, 4, 2221, 2720)) return "mastercard";
  if (prefixInRange(digits, 2, 34, 34) || prefixInRange(digits, 2, 37, 37)) return "amex";
  if (digits.startsWith("6011") || prefixInRange(digits, 3, 644, 649) || digits.startsWith("65")) {
    return "discover";
  }
  return "unknown";
}
