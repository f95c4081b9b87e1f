import Link from "next/link";
import { date, intervalLabel, money } from "./format";
import { StatusBadge } from "./status-badge";

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
};

export function SubscriptionSummary({ subscription, locale, href }: { subscription: SubscriptionSummaryData; locale: string; href: string }) {
  const isEnding = subscription.cancelAt !== null && subscription.status !== "canceled";
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div>
        <div className="flex items-center gap-2">
          <h3 className="text-base font-semibold">{subscription.planName}</h3>
          <StatusBadge status={isEnding ? "open" : subscription.status} label={isEnding ? "Cancels soon" : undefined} />
        </div>
        <p className="mt-1 text-sm text-slate-700">
          {money(subscription.unitAmount, subscription.currency, locale)} per {intervalLabel(subscription.interval, subscription.intervalCount)}
        </p>
        <p className="mt-1 text-sm text-slate-700">
          {subscription.status === "canceled"
            ? "Cancelled"
            : isEnding
              ? `Access ends on ${date(subscription.cancelAt, locale)}`
              : `Renews on ${date(subscription.currentPeriodEnd, locale)}`}
        </p>
      </div>
      <Link href={href} prefetch={false} className="text-sm font-semibold text-[var(--accent-link)] underline-offset-2 hover:underline">
        Manage<span className="sr-only"> {subscription.planName} subscription</span>
      </Link>
    </li>
  );
}
