// The supported ISO 4217 currencies with their minor-unit digits (docs/api.md §1), and the schema of
// a currency code in requests. lib/money.ts formats amounts with the same table.
import { z } from "zod";

export const MINOR_UNIT_DIGITS: Readonly<Record<string, number>> = {
  USD: 2,
  EUR: 2,
  GBP: 2,
  IDR: 2,
  SGD: 2,
  AUD: 2,
  CAD: 2,
  MYR: 2,
  PHP: 2,
  THB: 2,
  INR: 2,
  CHF: 2,
  JPY: 0,
  KRW: 0,
  VND: 0,
  CLP: 0,
  ISK: 0,
  KWD: 3,
  BHD: 3,
  JOD: 3,
  OMR: 3,
  TND: 3,
};

const SUPPORTED_CURRENCIES = Object.keys(MINOR_UNIT_DIGITS);

export const CurrencyCode = z
  .string()
  .toUpperCase()
  .refine((currency) => currency in MINOR_UNIT_DIGITS, `must be one of the supported ISO 4217 currencies: ${SUPPORTED_CURRENCIES.join(", ")}`)
  .describe(`ISO 4217 currency code, one of ${SUPPORTED_CURRENCIES.join(", ")}; lower case is accepted and upper-cased.`);
