import Link from "next/link";
import { notFound } from "next/navigation";
import { getPortalCustomer, getRequestLocale } from "@/lib/portal/current-portal";
import { readFlash } from "@/lib/portal/flash";
import { canManagePaymentMethods } from "@/lib/portal/portal-permissions";
import { listCustomerPaymentMethods } from "@/lib/payment-methods/list-payment-methods";
import { listCustomerSubscriptions } from "@/lib/subscriptions/find-subscription";
import { FlashBanner } from "@/components/portal/flash-banner";
import { CardLabel } from "@/components/portal/card-label";
import { StatusBadge } from "@/components/portal/status-badge";
import { cardBrandLabel } from "@/components/portal/format";
import { primaryButton, secondaryButton } from "@/components/ui/styles";
import { removeCardAction, setDefaultCardAction } from "../actions";

type Props = { params: Promise<{ sessionId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PaymentMethodsPage({ params, searchParams }: Props) {
  const { sessionId } = await params;
  const portal = await getPortalCustomer(sessionId);
  if (!portal) return null;
  const subscriptions = await listCustomerSubscriptions(portal.tenant, portal.customerId);
  if (!canManagePaymentMethods(portal.capabilities, subscriptions)) notFound();
  const [, flash, paymentMethods] = await Promise.all([
    getRequestLocale(),
    readFlash((await searchParams).flash),
    listCustomerPaymentMethods(portal.tenant, portal.customerId),
  ]);

  return (
    <>
      <FlashBanner flash={flash} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">Payment methods</h1>
        <Link href={`/portal/${sessionId}/payment-methods/new`} prefetch={false} className={primaryButton}>Add a card</Link>
      </div>
      {paymentMethods.length === 0 ? (
        <p className="mt-6 text-slate-700">You have no cards on file.</p>
      ) : (
        <ul className="mt-6 space-y-3" aria-label="Cards">
          {paymentMethods.map((paymentMethod) => {
            const name = `${cardBrandLabel(paymentMethod.brand)} ending in ${paymentMethod.last4}`;
            return (
              <li key={paymentMethod.id} className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
                <div className="flex items-center gap-3">
                  <CardLabel card={paymentMethod} />
                  {paymentMethod.isDefault ? <StatusBadge status="active" label="Default" /> : null}
                </div>
                <div className="flex flex-wrap gap-2">
                  {!paymentMethod.isDefault ? (
                    <form action={setDefaultCardAction.bind(null, sessionId, paymentMethod.id)}>
                      <button type="submit" className={secondaryButton} aria-label={`Make ${name} the default`}>Make default</button>
                    </form>
                  ) : null}
                  <form action={removeCardAction.bind(null, sessionId, paymentMethod.id)}>
                    <button type="submit" className={secondaryButton} aria-label={`Remove ${name}`}>Remove</button>
                  </form>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
