// Money is integer minor units plus an ISO 4217 currency until the one formatter shows it.
const MINOR_UNIT_DIGITS: Record<string, number> = {
  USD: 2, EUR: 2, GBP: 2, IDR: 2, SGD: 2, AUD: 2, CAD: 2, MYR: 2, PHP: 2, THB: 2, INR: 2, CHF: 2,
  JPY: 0, KRW: 0, VND: 0, CLP: 0, ISK: 0,
  KWD: 3, BHD: 3, JOD: 3, OMR: 3, TND: 3,
};

export const SUPPORTED_CURRENCIES = Object.keys(MINOR_UNIT_DIGITS);

export function isSupportedCurrency(currency: string): boolean {
  return currency in MINOR_UNIT_DIGITS;
}

export function minorUnitDigits(currency: string): number {
  const digits = MINOR_UNIT_DIGITS[currency.toUpperCase()];
  if (digits === undefined) throw new Error(`Unsupported currency ${currency}`);
  return digits;
}

export function formatMoney(amount: number, currency: string, locale = "en-US"): string {
  if (!Number.isInteger(amount)) throw new Error("Money amounts are integer minor units");
  const digits = minorUnitDigits(currency);
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency: currency.toUpperCase(),
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(amount / 10 ** digits);
}
