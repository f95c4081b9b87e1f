// Money is integer minor units plus an ISO 4217 currency until the one formatter shows it.
import { MINOR_UNIT_DIGITS } from "./currency-schemas";
import { keptPerKey } from "./i18n/kept-formatters";

export function minorUnitDigits(currency: string): number {
  const digits = MINOR_UNIT_DIGITS[currency.toUpperCase()];
  if (digits === undefined) throw new Error(`Unsupported currency ${currency}`);
  return digits;
}

/**
 * Currencies stored with ISO 4217's minor units but shown without them, as people write them: rupiah
 * prices are whole ("Rp 150.000", not "Rp 150.000,00"). Stored amounts keep the exponent; an amount
 * that does hold a fraction still shows it, so nothing is ever rounded away.
 */
const WHOLE_IN_DISPLAY = new Set(["IDR"]);

export function formatMoney(amount: number, currency: string, locale = "en-US"): string {
  if (!Number.isInteger(amount)) throw new Error("Money amounts are integer minor units");
  const code = currency.toUpperCase();
  const digits = minorUnitDigits(code);
  const shown = WHOLE_IN_DISPLAY.has(code) && amount % 10 ** digits === 0 ? 0 : digits;
  const format = currencyFormats(
    `${locale}\n${code}\n${shown}`,
    () => new Intl.NumberFormat(locale, { style: "currency", currency: code, minimumFractionDigits: shown, maximumFractionDigits: shown }),
  );
  return format.format(amount / 10 ** digits);
}

const currencyFormats = keptPerKey<Intl.NumberFormat>();
