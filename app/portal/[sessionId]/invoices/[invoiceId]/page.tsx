import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { definePortalPage } from "@/lib/portal/define-portal-page";
import { portalPageTitle } from "@/lib/portal/portal-page-title";
import { orNotFound } from "@/lib/portal/current-portal";
import { findInvoice } from "@/lib/invoices/find-invoice";
import { findInvoicePaymentMethod } from "@/lib/invoices/invoice-payment-method";
import { invoiceDisplayStatus, isPayableInvoiceStatus } from "@/lib/invoices/invoice-statuses";
import { findInvoicePurposes } from "@/lib/invoices/invoice-purposes";
import { findInvoicePayingCard } from "@/lib/invoices/invoice-paying-card";
import { BackLink } from "@/components/portal/back-link";
import { FlashBanner } from "@/components/portal/flash-banner";
import { StatusBadge } from "@/components/portal/status-badge";
import { InvoiceLines } from "@/components/portal/invoice-lines";
import { invoicePurposeText } from "@/components/portal/invoice-purpose";
import { cardName, date, money } from "@/components/portal/format";
import { inlineLink, pageHeading, primaryButton, secondaryButton, titleRow } from "@/components/ui/styles";
import { payInvoiceAction } from "../../actions";

export const generateMetadata = portalPageTitle<{ sessionId: string; invoiceId: string }>(async (portal, { invoiceId }) => {
  const invoice = await orNotFound(findInvoice(portal.tenant, invoiceId, { customerId: portal.customerId }));
  return (await getTranslations("invoice"))("title", { number: invoice.number });
});

export default definePortalPage<{ sessionId: string; invoiceId: string }>(
  async ({ portal, params: { sessionId, invoiceId }, locale, flash, base }) => {
    const invoice = await orNotFound(findInvoice(portal.tenant, invoiceId, { customerId: portal.customerId }));
    const isPayable = isPayableInvoiceStatus(invoice.status);
    const isPaid = invoice.status === "paid";
    const [card, payingCard, purposes] = await Promise.all([
      isPayable ? findInvoicePaymentMethod(portal.tenant, invoice) : null,
      isPaid ? findInvoicePayingCard(portal.tenant, invoice.id) : null,
      findInvoicePurposes(portal.tenant, [invoice]),
    ]);
    const purpose = purposes.get(invoice.id);
    const invoicesPath = `${base}/invoices`;
    const [t, tInvoices] = await Promise.all([getTranslations("invoice"), getTranslations("invoices")]);
    const addCardLink = (chunks: ReactNode) => (
      <Link href={`${base}/payment-methods/new`} prefetch={false} className={inlineLink}>
        {chunks}
      </Link>
    );

    return (
      <>
        <FlashBanner flash={flash} />
        <BackLink href={invoicesPath}>{tInvoices("title")}</BackLink>
        <div className={`mt-3 ${titleRow}`}>
          <h1 className={pageHeading}>{t("title", { number: invoice.number })}</h1>
          {/* A credit reads "Credit" ("Kredit"): the badge translates its status (messages `status`). */}
          <StatusBadge status={invoiceDisplayStatus(invoice).status} />
        </div>
        {purpose ? <p className="mt-2 text-slate-700">{invoicePurposeText(purpose, locale)}</p> : null}
        {/* Only what applies: an unpaid invoice says nothing about payment, a paid one names the card. */}
        <dl className="mt-4 grid gap-4 text-sm sm:grid-cols-3">
          <div>
            <dt className="text-slate-700">{t("issued")}</dt>
            <dd className="font-semibold">{date(invoice.issuedAt ?? invoice.createdAt, locale)}</dd>
          </div>
          {isPayable && invoice.dueAt ? (
            <div>
              <dt className="text-slate-700">{t("due")}</dt>
              <dd className="font-semibold">{date(invoice.dueAt, locale)}</dd>
            </div>
          ) : null}
          {isPaid && invoice.paidAt ? (
            <div>
              <dt className="text-slate-700">{t("paid")}</dt>
              <dd className="font-semibold">{date(invoice.paidAt, locale)}</dd>
            </div>
          ) : null}
          {payingCard ? (
            <div>
              <dt className="text-slate-700">{t("paidWith")}</dt>
              <dd className="font-semibold">{cardName(payingCard, locale)}</dd>
            </div>
          ) : null}
          {invoice.voidedAt ? (
            <div>
              <dt className="text-slate-700">{t("voided")}</dt>
              <dd className="font-semibold">{date(invoice.voidedAt, locale)}</dd>
            </div>
          ) : null}
        </dl>
        {/* The primary action (Pay) comes before the lines, so on a phone it is on the first screen. */}
        <div className="mt-6 flex flex-wrap items-start gap-3">
          {isPayable ? (
            card ? (
              <form action={payInvoiceAction.bind(null, sessionId, invoice.id)}>
                <button type="submit" className={primaryButton}>
                  {t("pay", { amount: money(invoice.amountDue, invoice.currency, locale) })}
                </button>
                <p className="mt-2 text-sm text-slate-700">{t("chargedTo", { card: cardName(card, locale) })}</p>
              </form>
            ) : (
              <p className="text-sm text-slate-800">{t.rich("addCardToPay", { link: addCardLink })}</p>
            )
          ) : null}
          <a href={`${invoicesPath}/${invoice.id}/pdf`} className={secondaryButton} download>
            {t("downloadPdf")}
          </a>
        </div>
        <div className="mt-6">
          <InvoiceLines invoice={invoice} locale={locale} />
        </div>
      </>
    );
  },
  { isAvailable: (portal) => portal.capabilities.viewInvoices },
);
