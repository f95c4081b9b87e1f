// The one reader of Accept-Language (RFC 9110 §12.5.4): the customer's most preferred tag in one of the
// portal's languages (English, Bahasa Indonesia; lib/i18n/messages.ts), for portal pages and invoice
// PDFs alike. The whole tag is kept ("en-GB", "id-ID"), so text, dates and money share one locale;
// a browser that asks for neither language gets English (en-US).
import { LANGUAGES } from "../i18n/messages";

export const DEFAULT_LOCALE = "en-US";

/** Longer headers are cut here; no browser sends anything near this many preferences. */
const MAX_PREFERENCES = 32;

export function negotiateLocale(acceptLanguage: string | null | undefined): string {
  const preferences = (acceptLanguage ?? "")
    .split(",", MAX_PREFERENCES)
    .map((part, position) => ({ ...parsePreference(part), position }))
    .filter((preference) => preference.tag !== "" && preference.tag !== "*" && preference.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.position - b.position);
  for (const preference of preferences) {
    const tag = canonicalTag(preference.tag);
    if (tag !== null && isPortalLanguage(tag)) return tag;
  }
  return DEFAULT_LOCALE;
}

function isPortalLanguage(tag: string): boolean {
  const primary = tag.split("-")[0]?.toLowerCase();
  return LANGUAGES.some((language) => language === primary);
}

/** `en-GB;q=0.8` → tag and weight; a missing weight is 1, a malformed one 0 (ignored). */
function parsePreference(part: string): { tag: string; weight: number } {
  const [tag = "", ...parameters] = part.split(";").map((piece) => piece.trim());
  const quality = parameters.find((parameter) => /^q=/i.test(parameter));
  if (quality === undefined) return { tag, weight: 1 };
  const value = quality.slice(2).trim();
  return { tag, weight: /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(value) ? Number(value) : 0 };
}

/** The canonical form ("in" → "id", "en-gb" → "en-GB") of a tag this runtime can format, else null. */
function canonicalTag(tag: string): string | null {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical !== undefined && Intl.DateTimeFormat.supportedLocalesOf([canonical]).length > 0 ? canonical : null;
  } catch {
    return null; // not a well-formed language tag
  }
}
