import Link from "next/link";
import { getPortalCustomer, getRequestLocale } from "@/lib/portal/current-portal";
import { readFlash } from "@/lib/portal/flash";
import { toSubscriptionSummary } from "@/lib/portal/to-subscription-summary";
import { findCustomer } from "@/lib/customers/find-customer";
import { listCustomerSubscriptions } from "@/lib/subscriptions/find-subscription";
import { listCustomerPaymentMethods } from "@/lib/payment-methods/list-payment-methods";
import { listCustomerInvoices } from "@/lib/invoices/list-invoices";
import { FlashBanner } from "@/components/portal/flash-banner";
import { SubscriptionSummary } from "@/components/portal/subscription-summary";
import { InvoiceTable } from "@/components/portal/invoice-table";
import { CardLabel } from "@/components/portal/card-label";

type Props = { params: Promise<{ sessionId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PortalOverviewPage({ params, searchParams }: Props) {
  const { sessionId } = await params;
  const portal = await getPortalCustomer(sessionId);
  if (!portal) return null;
  const [locale, flash, customer, subscriptions, paymentMethods, invoices] = await Promise.all([
    getRequestLocale(),
    readFlash((await searchParams).flash),
    findCustomer(portal.tenant, portal.customerId),
    listCustomerSubscriptions(portal.tenant, portal.customerId),
    listCustomerPaymentMethods(portal.tenant, portal.customerId),
    portal.capabilities.viewInvoices ? listCustomerInvoices(portal.tenant, portal.customerId, { limit: 3 }) : null,
  ]);
  const base = `/portal/${sessionId}`;
  const defaultCard = paymentMethods.find((paymentMethod) => paymentMethod.isDefault);

  return (
    <>
      <FlashBanner flash={flash} />
      <h1 className="text-2xl font-semibold tracking-tight">Billing</h1>
      <p className="mt-1 text-slate-700">
        {customer.name ?? customer.email}
        {customer.name && customer.email ? <span> · {customer.email}</span> : null}
      </p>

      <section aria-labelledby="subscriptions-heading" className="mt-8">
        <h2 id="subscriptions-heading" className="text-lg font-semibold">Subscriptions</h2>
        {subscriptions.length === 0 ? (
          <p className="mt-3 text-slate-700">You have no subscriptions.</p>
        ) : (
          <ul className="mt-3 space-y-3">
            {subscriptions.map((subscription) => (
              <SubscriptionSummary key={subscription.id} subscription={toSubscriptionSummary(subscription)} locale={locale} href={`${base}/subscriptions/${subscription.id}`} />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="payment-heading" className="mt-8">
        <h2 id="payment-heading" className="text-lg font-semibold">Payment method</h2>
        <div className="mt-3 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <p>{defaultCard ? <CardLabel card={defaultCard} /> : "No card on file."}</p>
          {portal.capabilities.updatePaymentMethod ? (
            <Link href={`${base}/payment-methods`} prefetch={false} className="text-sm font-semibold text-[var(--accent-link)] underline-offset-2 hover:underline">
              Manage payment methods
            </Link>
          ) : null}
        </div>
      </section>

      {invoices ? (
        <section aria-labelledby="invoices-heading" className="mt-8">
          <h2 id="invoices-heading" className="text-lg font-semibold">Recent invoices</h2>
          {invoices.invoices.length === 0 ? (
            <p className="mt-3 text-slate-700">You have no invoices yet.</p>
          ) : (
            <div className="mt-3">
              <InvoiceTable invoices={invoices.invoices} locale={locale} basePath={`${base}/invoices`} caption="Recent invoices" />
              <p className="mt-3">
                <Link href={`${base}/invoices`} prefetch={false} className="text-sm font-semibold text-[var(--accent-link)] underline-offset-2 hover:underline">
                  View all invoices
                </Link>
              </p>
            </div>
          )}
        </section>
      ) : null}
    </>
  );
}
