// The status badge of a subscription, naming the date where one matters (issue 12, items 8 and 9):
// "Cancels on 1 Jan 2027" for a scheduled cancellation, "Paused until 1 Feb 2027" for a dated pause.
import { isScheduledToCancel } from "@/lib/subscriptions/subscription-status";
import { translator } from "@/lib/i18n/messages";
import { date } from "./format";

type BadgeFacts = { status: string; cancelAt: Date | null; resumeAt?: Date | null };

export function subscriptionBadge(subscription: BadgeFacts, locale: string): { status: string; label: string | undefined } {
  const t = translator(locale, "subscriptionBadge");
  if (isScheduledToCancel(subscription)) return { status: "open", label: t("cancelsOn", { date: date(subscription.cancelAt, locale) }) };
  if (subscription.status === "paused" && subscription.resumeAt)
    return { status: "paused", label: t("pausedUntil", { date: date(subscription.resumeAt, locale) }) };
  return { status: subscription.status, label: undefined };
}
