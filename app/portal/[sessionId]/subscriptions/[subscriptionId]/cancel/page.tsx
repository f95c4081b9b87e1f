import Link from "next/link";
import { notFound } from "next/navigation";
import { now } from "@/lib/clock";
import { getPortalCustomer, getRequestLocale, orNotFound } from "@/lib/portal/current-portal";
import { subscriptionPermissions } from "@/lib/portal/portal-permissions";
import { findSubscription } from "@/lib/subscriptions/find-subscription";
import { date } from "@/components/portal/format";
import { dangerButton, inputField, secondaryButton } from "@/components/ui/styles";
import { cancelSubscriptionAction } from "../../../actions";

type Props = { params: Promise<{ sessionId: string; subscriptionId: string }> };

const REASONS = [
  ["", "Prefer not to say"],
  ["too_expensive", "It's too expensive"],
  ["missing_features", "It's missing features I need"],
  ["switched_service", "I'm switching to another service"],
  ["unused", "I don't use it enough"],
  ["other", "Something else"],
] as const;

export default async function CancelSubscriptionPage({ params }: Props) {
  const { sessionId, subscriptionId } = await params;
  const portal = await getPortalCustomer(sessionId);
  if (!portal) return null;
  const subscription = await orNotFound(findSubscription(portal.tenant, subscriptionId, { customerId: portal.customerId }));
  if (!subscriptionPermissions(portal.capabilities, subscription, now()).canCancel) notFound();
  const locale = await getRequestLocale();
  const endsOn = date(subscription.currentPeriodEnd, locale);
  const back = `/portal/${sessionId}/subscriptions/${subscription.id}`;

  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Cancel {subscription.price.plan.name}?</h1>
      <p className="mt-3 text-slate-800">
        Your subscription stays active until <strong>{endsOn}</strong>, the end of the period you have paid for. After that you
        lose access and will not be charged again. You can resume it any time before {endsOn}.
      </p>
      <form action={cancelSubscriptionAction.bind(null, sessionId, subscription.id)} className="mt-6 max-w-lg space-y-4">
        <div>
          <label htmlFor="reason" className="block text-sm font-semibold">Why are you cancelling? (optional)</label>
          <select id="reason" name="reason" className={inputField} defaultValue="">
            {REASONS.map(([value, label]) => (
              <option key={value} value={value}>{label}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="comment" className="block text-sm font-semibold">Anything else we should know? (optional)</label>
          <textarea id="comment" name="comment" rows={3} maxLength={500} className={inputField} />
        </div>
        <div className="flex flex-wrap gap-3">
          <button type="submit" className={dangerButton}>Cancel subscription on {endsOn}</button>
          <Link href={back} prefetch={false} className={secondaryButton}>Keep my subscription</Link>
        </div>
      </form>
    </>
  );
}
