// Formatting for portal pages: money stays in minor units until here, dates in the customer's locale.
import { formatMoney } from "@/lib/money";

export function money(amount: number, currency: string, locale: string): string {
  return formatMoney(amount, currency, locale);
}

export function date(value: Date | string | null | undefined, locale: string): string {
  if (!value) return "—";
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(new Date(value));
}

const STATUS_LABELS: Record<string, string> = {
  trialing: "Trial",
  active: "Active",
  past_due: "Past due",
  paused: "Paused",
  canceled: "Cancelled",
  incomplete: "Incomplete",
  draft: "Draft",
  open: "Open",
  paid: "Paid",
  void: "Void",
  uncollectible: "Uncollectible",
};

export function statusLabel(status: string): string {
  return STATUS_LABELS[status] ?? status;
}

export function intervalLabel(interval: string, count: number): string {
  const unit = { day: "day", week: "week", month: "month", year: "year" }[interval] ?? interval;
  return count === 1 ? unit : `${count} ${unit}s`;
}

export function cardBrandLabel(brand: string): string {
  return { visa: "Visa", mastercard: "Mastercard", amex: "American Express", discover: "Discover" }[brand] ?? "Card";
}
