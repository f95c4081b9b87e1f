import type { InvoicePurpose } from "@/lib/invoices/invoice-purposes";
import { date } from "./format";

/**
 * What an invoice was for, in a line (issue 12, item 3): "Pro · Dec 1, 2026 – Jan 1, 2027", "Plan
 * change from Pro to Business, prorated · Dec 12, 2026 – Jan 1, 2027", or a one-off invoice's first line.
 */
export function invoicePurposeText(purpose: InvoicePurpose, locale: string): string {
  const period = "period" in purpose && purpose.period ? ` · ${date(purpose.period.start, locale)} – ${date(purpose.period.end, locale)}` : "";
  switch (purpose.kind) {
    case "period":
      return `${purpose.planName ?? "Subscription"}${period}`;
    case "proration": {
      const plans = purpose.fromPlanName && purpose.toPlanName ? ` from ${purpose.fromPlanName} to ${purpose.toPlanName}` : "";
      return `Plan change${plans}, prorated${period}`;
    }
    case "one_off": {
      if (!purpose.firstLine) return "One-off invoice";
      const more = purpose.moreLines === 0 ? "" : purpose.moreLines === 1 ? " and 1 more item" : ` and ${purpose.moreLines} more items`;
      return `${purpose.firstLine}${more}`;
    }
  }
}
