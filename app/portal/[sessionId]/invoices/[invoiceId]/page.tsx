import Link from "next/link";
import { notFound } from "next/navigation";
import { getPortalCustomer, getRequestLocale, orNotFound } from "@/lib/portal/current-portal";
import { readFlash } from "@/lib/portal/flash";
import { findInvoice } from "@/lib/invoices/find-invoice";
import { findInvoicePaymentMethod } from "@/lib/invoices/invoice-payment-method";
import { FlashBanner } from "@/components/portal/flash-banner";
import { StatusBadge } from "@/components/portal/status-badge";
import { InvoiceLines } from "@/components/portal/invoice-lines";
import { cardBrandLabel, date, money } from "@/components/portal/format";
import { primaryButton, secondaryButton } from "@/components/ui/styles";
import { payInvoiceAction } from "../../actions";

type Props = {
  params: Promise<{ sessionId: string; invoiceId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function InvoicePage({ params, searchParams }: Props) {
  const { sessionId, invoiceId } = await params;
  const portal = await getPortalCustomer(sessionId);
  if (!portal) return null;
  if (!portal.capabilities.viewInvoices) notFound();
  const invoice = await orNotFound(findInvoice(portal.tenant, invoiceId, { customerId: portal.customerId }));
  const isPayable = invoice.status === "open" || invoice.status === "past_due";
  const [locale, flash, card] = await Promise.all([
    getRequestLocale(),
    readFlash((await searchParams).flash),
    isPayable ? findInvoicePaymentMethod(portal.tenant, invoice) : null,
  ]);
  const base = `/portal/${sessionId}/invoices`;

  return (
    <>
      <FlashBanner flash={flash} />
      <p className="text-sm">
        <Link href={base} prefetch={false} className="font-semibold text-[var(--accent-link)] underline-offset-2 hover:underline">
          <span aria-hidden="true">← </span>Invoices
        </Link>
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">Invoice {invoice.number}</h1>
        <StatusBadge status={invoice.status} />
      </div>
      <dl className="mt-4 grid gap-4 text-sm sm:grid-cols-3">
        <div><dt className="text-slate-700">Issued</dt><dd className="font-semibold">{date(invoice.issuedAt ?? invoice.createdAt, locale)}</dd></div>
        <div><dt className="text-slate-700">Due</dt><dd className="font-semibold">{date(invoice.dueAt, locale)}</dd></div>
        <div><dt className="text-slate-700">Paid</dt><dd className="font-semibold">{date(invoice.paidAt, locale)}</dd></div>
      </dl>
      <div className="mt-6">
        <InvoiceLines invoice={invoice} locale={locale} />
      </div>
      <div className="mt-6 flex flex-wrap items-start gap-3">
        <a href={`${base}/${invoice.id}/pdf`} className={secondaryButton} download>
          Download PDF
        </a>
        {isPayable ? (
          card ? (
            <form action={payInvoiceAction.bind(null, sessionId, invoice.id)}>
              <button type="submit" className={primaryButton}>Pay {money(invoice.amountDue, invoice.currency, locale)}</button>
              <p className="mt-2 text-sm text-slate-700">Charged to your {cardBrandLabel(card.brand)} ending in {card.last4}.</p>
            </form>
          ) : (
            <p className="text-sm text-slate-800">
              To pay this invoice, <Link href={`/portal/${sessionId}/payment-methods/new`} prefetch={false} className="font-semibold text-[var(--accent-link)] underline">add a card</Link>.
            </p>
          )
        ) : null}
      </div>
    </>
  );
}
