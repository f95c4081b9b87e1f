// Formatting for portal pages: money stays in minor units until here; dates, money and the words around
// them in the customer's locale (lib/i18n/request-locale.ts), so English pages read "Visa ending in
// 4242" and Indonesian ones "Visa berakhiran 4242".
import { formatMoney } from "@/lib/money";
import { translator } from "@/lib/i18n/messages";
import { formatMediumDate } from "@/lib/i18n/kept-formatters";
import { DEFAULT_LOCALE } from "@/lib/portal/negotiate-locale";
import english from "@/messages/en.json";

export function money(amount: number, currency: string, locale: string): string {
  return formatMoney(amount, currency, locale);
}

export function date(value: Date | string | null | undefined, locale: string): string {
  if (!value) return "—";
  return formatMediumDate(new Date(value), locale);
}

type Status = keyof typeof english.status;
type Interval = keyof typeof english.format.interval;
const isKey = <Key extends string>(keys: object, value: string): value is Key => Object.hasOwn(keys, value);

export function statusLabel(status: string, locale: string = DEFAULT_LOCALE): string {
  return isKey<Status>(english.status, status) ? translator(locale, "status")(status) : status;
}

/** "month", "3 months"; "bulan", "3 bulan". */
export function intervalLabel(interval: string, count: number, locale: string = DEFAULT_LOCALE): string {
  return isKey<Interval>(english.format.interval, interval) ? translator(locale, "format")(`interval.${interval}`, { count }) : interval;
}

/** "$49.00 per month". */
export function pricePerInterval(price: { unitAmount: number; currency: string }, plan: { interval: string; intervalCount: number }, locale: string): string {
  return translator(locale, "format")("pricePerInterval", {
    price: money(price.unitAmount, price.currency, locale),
    interval: intervalLabel(plan.interval, plan.intervalCount, locale),
  });
}

/** Card brands are names, the same in every language; an unknown brand is "Card" ("Kartu"). */
export function cardBrandLabel(brand: string, locale: string = DEFAULT_LOCALE): string {
  return { visa: "Visa", mastercard: "Mastercard", amex: "American Express", discover: "Discover" }[brand] ?? translator(locale, "format")("card");
}

type CardFacts = { brand: string; last4: string };

/** "Visa ending in 4242": how a card is named wherever it appears. */
export function cardName(card: CardFacts, locale: string = DEFAULT_LOCALE): string {
  return translator(locale, "format")("cardEndingIn", { brand: cardBrandLabel(card.brand, locale), last4: card.last4 });
}

/** "12/2034". */
export function cardExpiry(card: { expMonth: number; expYear: number }): string {
  return `${String(card.expMonth).padStart(2, "0")}/${card.expYear}`;
}
