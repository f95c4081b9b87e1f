// The portal's add-card form (docs/api.md §7.7): every field checked at once, before the processor
// sees the card, with the processor's own rules (lib/processor/card-checks.ts). What comes back for
// the form to show again is the expiry and the default-card choice only: never the number or CVC.
import "server-only";
import { isExpired, isValidCardNumber, isValidCvc } from "../processor/card-checks";
import type { CardDetails } from "../processor";
import { problemsByField } from "../portal/form-state";
import { translator } from "../i18n/messages";
import { DEFAULT_LOCALE } from "../portal/negotiate-locale";
import { detectBrand, normalizeCardNumber } from "./card-brand";

export const CARD_FORM_FIELDS = ["number", "expiry", "cvc", "makeDefault"] as const;
export type CardFormField = (typeof CARD_FORM_FIELDS)[number];
/** The values the form may show again. */
export type CardFormValues = { expiry: string; makeDefault: "on" | "" };

export type ParsedCardForm = { values: CardFormValues } & (
  { ok: true; card: CardDetails; makeDefault: boolean } | { ok: false; problems: Partial<Record<CardFormField, string>> }
);

const WITH_SEPARATOR = /^(\d{1,2})\s*[/-]\s*(\d{2}|\d{4})$/;
const DIGITS_ONLY = /^(\d{2})(\d{2}|\d{4})$/;

/** "08/29", "8 / 29", "08-29", "0829", "08/2029" and "082029" are August 2029; null otherwise. */
export function parseExpiry(raw: string): { month: number; year: number } | null {
  const text = raw.trim();
  const match = WITH_SEPARATOR.exec(text) ?? DIGITS_ONLY.exec(text);
  if (!match) return null;
  const month = Number(match[1]);
  const year = Number(match[2]);
  if (month < 1 || month > 12) return null;
  return { month, year: year < 100 ? 2000 + year : year };
}

/** The form's problems are worded in the language of `locale` (messages/*.json, `cardForm`). */
export function parseCardForm(form: FormData, now: Date, locale: string = DEFAULT_LOCALE): ParsedCardForm {
  const t = translator(locale, "cardForm");
  const number = normalizeCardNumber(textOf(form.get("number")));
  const expiry = textOf(form.get("expiry")).trim();
  const cvc = textOf(form.get("cvc")).trim();
  const values: CardFormValues = { expiry: expiry.slice(0, 9), makeDefault: form.get("makeDefault") === "on" ? "on" : "" };
  const issues: { path: CardFormField[]; message: string }[] = [];
  const problem = (field: CardFormField, message: string) => issues.push({ path: [field], message });

  if (number === "") problem("number", t("numberMissing"));
  else if (!isValidCardNumber(number)) problem("number", t("numberInvalid"));
  const parsedExpiry = parseExpiry(expiry);
  if (expiry === "") problem("expiry", t("expiryMissing"));
  else if (!parsedExpiry) problem("expiry", t("expiryFormat"));
  else if (isExpired(parsedExpiry.month, parsedExpiry.year, now)) problem("expiry", t("expired"));
  const brand = detectBrand(number);
  if (cvc === "") problem("cvc", t("cvcMissing"));
  else if (brand === "unknown" ? !/^\d{3,4}$/.test(cvc) : !isValidCvc(cvc, brand)) problem("cvc", t("cvcInvalid"));

  if (issues.length > 0 || !parsedExpiry) return { ok: false, values, problems: problemsByField<CardFormField>(issues) };
  return { ok: true, values, card: { number, expMonth: parsedExpiry.month, expYear: parsedExpiry.year, cvc }, makeDefault: values.makeDefault === "on" };
}

/** A submitted field as text, cut short: nothing longer is a card detail. */
function textOf(value: FormDataEntryValue | null): string {
  return typeof value === "string" ? value.slice(0, 64) : "";
}
