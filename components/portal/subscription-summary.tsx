import Link from "next/link";
import { date, money, pricePerInterval } from "./format";
import { StatusBadge } from "./status-badge";
import { subscriptionBadge } from "./subscription-badge";
import { isScheduledToCancel } from "@/lib/subscriptions/subscription-status";
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
  const isEnding = isScheduledToCancel(subscription);
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
            Manage
            <span className="sr-only">
              {" "}
              {subscription.planName} subscription{moreDetails}
            </span>
          </Link>
        </div>
        <p className="mt-1 text-sm text-slate-700">
          {pricePerInterval(subscription, subscription, locale)}
          {details
            .slice(2)
            .map((detail) => ` · ${detail}`)
            .join("")}
        </p>
        <p className="mt-1 text-sm text-slate-700">
          {subscription.status === "canceled"
            ? "Cancelled"
            : isEnding
              ? `Access ends on ${date(subscription.cancelAt, locale)}`
              : subscription.status === "paused"
                ? subscription.resumeAt
                  ? `Paused until ${date(subscription.resumeAt, locale)}; not billed meanwhile`
                  : "Paused until you resume it; not billed meanwhile"
                : subscription.scheduledChange
                  ? `Changes to ${subscription.scheduledChange.planName} on ${date(subscription.scheduledChange.effectiveAt, locale)}, then renews for ${money(subscription.scheduledChange.unitAmount, subscription.currency, locale)}`
                  : `Renews on ${date(subscription.currentPeriodEnd, locale)} for ${money(subscription.unitAmount, subscription.currency, locale)}`}
        </p>
      </div>
    </li>
  );
}
