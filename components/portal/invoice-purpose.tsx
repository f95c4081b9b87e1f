import type { InvoicePurpose } from "@/lib/invoices/invoice-purposes";
import { translator } from "@/lib/i18n/messages";
import { date } from "./format";

/**
 * What an invoice was for, in a line (issue 12, item 3), in the locale's language (issue 12, item 7):
 * "Pro · Dec 1, 2026 – Jan 1, 2027", "Plan change from Pro to Business, prorated · Dec 12, 2026 – Jan
 * 1, 2027", or a one-off invoice's first line.
 */
export function invoicePurposeText(purpose: InvoicePurpose, locale: string): string {
  const t = translator(locale, "invoice");
  const withPeriod = (text: string) =>
    "period" in purpose && purpose.period
      ? t("withPeriod", { purpose: text, start: date(purpose.period.start, locale), end: date(purpose.period.end, locale) })
      : text;
  switch (purpose.kind) {
    case "period":
      return withPeriod(purpose.planName ?? t("subscription"));
    case "proration":
      return withPeriod(
        purpose.fromPlanName && purpose.toPlanName ? t("planChangeBetween", { from: purpose.fromPlanName, to: purpose.toPlanName }) : t("planChange"),
      );
    case "one_off":
      if (!purpose.firstLine) return t("oneOff");
      return purpose.moreLines === 0 ? purpose.firstLine : t("andMoreItems", { first: purpose.firstLine, count: purpose.moreLines });
  }
}
