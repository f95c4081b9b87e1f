import Link from "next/link";
import { date, money, pricePerInterval } from "./format";
import { StatusBadge } from "./status-badge";
import { subscriptionBadge } from "./subscription-badge";
import { isScheduledToCancel } from "@/lib/subscriptions/subscription-status";
import { translator } from "@/lib/i18n/messages";
import { itemHeading, listCard, smallTextLink } from "../ui/styles";

export type SubscriptionSummaryData = {
  id: string;
  status: string;
  planName: string;
  unitAmount: number;
  currency: string;
  interval: string;
  intervalCount: number;
  currentPeriodEnd: Date;
  cancelAt: Date | null;
  startedAt: Date;
  resumeAt?: Date | null;
  /** A downgrade scheduled for the period end (docs/api.md §7 downgradeTiming). */
  scheduledChange?: { planName: string; unitAmount: number; effectiveAt: Date } | null;
};

/**
 * One subscription of a list. `details` are what tell it apart from the others (the plan name, then
 * as needed the price, the start date and a reference): they name the item and its link.
 */
export function SubscriptionSummary({
  subscription,
  details,
  locale,
  href,
}: {
  subscription: SubscriptionSummaryData;
  details: readonly string[];
  locale: string;
  href: string;
}) {
  const t = translator(locale, "subscriptionSummary");
  const moreDetails = details
    .slice(1)
    .map((detail) => `, ${detail}`)
    .join("");
  return (
    <li aria-label={details.join(", ")} className={listCard}>
      <div className="min-w-0 flex-1">
        {/* Manage sits on the first line, beside the plan and its status, so on a phone it is seen first (issue 12, item 1). */}
        <div className="flex flex-wrap items-center gap-2">
          <h3 className={itemHeading}>{subscription.planName}</h3>
          <StatusBadge {...subscriptionBadge(subscription, locale)} />
          <Link href={href} prefetch={false} className={`${smallTextLink} ml-auto`}>
            {t.rich("manage", { plan: subscription.planName, details: moreDetails, sr: (chunks) => <span className="sr-only">{chunks}</span> })}
          </Link>
        </div>
        <p className="mt-1 text-sm text-slate-700">
          {pricePerInterval(subscription, subscription, locale)}
          {details
            .slice(2)
            .map((detail) => ` · ${detail}`)
            .join("")}
        </p>
        <p className="mt-1 text-sm text-slate-700">{renewalLine(subscription, locale)}</p>
      </div>
    </li>
  );
}

/** What happens next: cancelled, access ending, paused, a scheduled downgrade, or the renewal and its amount. */
function renewalLine(subscription: SubscriptionSummaryData, locale: string): string {
  const t = translator(locale, "subscriptionSummary");
  if (subscription.status === "canceled") return t("cancelled");
  if (isScheduledToCancel(subscription)) return t("accessEnds", { date: date(subscription.cancelAt, locale) });
  if (subscription.status === "paused") {
    return subscription.resumeAt ? t("pausedUntil", { date: date(subscription.resumeAt, locale) }) : t("pausedUntilResumed");
  }
  const change = subscription.scheduledChange;
  if (change) {
    return t("changesTo", { plan: change.planName, date: date(change.effectiveAt, locale), amount: money(change.unitAmount, subscription.currency, locale) });
  }
  return t("renews", { date: date(subscription.currentPeriodEnd, locale), amount: money(subscription.unitAmount, subscription.currency, locale) });
}
