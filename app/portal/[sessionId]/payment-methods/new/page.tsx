import Link from "next/link";
import { notFound } from "next/navigation";
import { getPortalCustomer } from "@/lib/portal/current-portal";
import { readFlash } from "@/lib/portal/flash";
import { canManagePaymentMethods } from "@/lib/portal/portal-permissions";
import { listCustomerSubscriptions } from "@/lib/subscriptions/find-subscription";
import { FlashBanner } from "@/components/portal/flash-banner";
import { inputField, primaryButton, secondaryButton } from "@/components/ui/styles";
import { addCardAction } from "../../actions";

type Props = { params: Promise<{ sessionId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AddCardPage({ params, searchParams }: Props) {
  const { sessionId } = await params;
  const portal = await getPortalCustomer(sessionId);
  if (!portal) return null;
  const subscriptions = await listCustomerSubscriptions(portal.tenant, portal.customerId);
  if (!canManagePaymentMethods(portal.capabilities, subscriptions)) notFound();
  const flash = await readFlash((await searchParams).flash);

  return (
    <>
      <FlashBanner flash={flash} />
      <h1 className="text-2xl font-semibold tracking-tight">Add a card</h1>
      <form action={addCardAction.bind(null, sessionId)} className="mt-6 max-w-md space-y-4" autoComplete="on">
        <div>
          <label htmlFor="number" className="block text-sm font-semibold">Card number</label>
          <input id="number" name="number" inputMode="numeric" autoComplete="cc-number" required maxLength={30} className={inputField} />
        </div>
        <div className="grid grid-cols-2 gap-4">
          <div>
            <label htmlFor="expiry" className="block text-sm font-semibold">Expiry (MM / YY)</label>
            <input id="expiry" name="expiry" inputMode="numeric" autoComplete="cc-exp" placeholder="MM / YY" required maxLength={9} className={inputField} />
          </div>
          <div>
            <label htmlFor="cvc" className="block text-sm font-semibold">Security code</label>
            <input id="cvc" name="cvc" inputMode="numeric" autoComplete="cc-csc" required maxLength={4} className={inputField} />
          </div>
        </div>
        <div className="flex items-center gap-2">
          <input id="makeDefault" name="makeDefault" type="checkbox" defaultChecked className="h-4 w-4" />
          <label htmlFor="makeDefault" className="text-sm">Use as my default card</label>
        </div>
        <div className="flex flex-wrap gap-3">
          <button type="submit" className={primaryButton}>Add card</button>
          <Link href={`/portal/${sessionId}/payment-methods`} prefetch={false} className={secondaryButton}>Cancel</Link>
        </div>
        <p className="text-sm text-slate-700">Your card details are checked by our payment processor; we never store the card number or security code.</p>
      </form>
    </>
  );
}
