import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { definePortalPage } from "@/lib/portal/define-portal-page";
import { distinguishSimilarItems } from "@/lib/portal/distinguish-similar-items";
import { toSubscriptionSummary } from "@/lib/portal/to-subscription-summary";
import { findCustomer } from "@/lib/customers/find-customer";
import { listCustomerSubscriptions } from "@/lib/subscriptions/find-subscription";
import { findScheduledPlanChange } from "@/lib/subscriptions/scheduled-plan-change";
import { listCustomerPaymentMethods } from "@/lib/payment-methods/list-payment-methods";
import { listRecentCustomerInvoices } from "@/lib/invoices/list-invoices";
import { listPayableInvoices } from "@/lib/invoices/list-payable-invoices";
import { canManagePaymentMethods } from "@/lib/portal/portal-permissions";
import { AmountDueNotice } from "@/components/portal/amount-due-notice";
import { FlashBanner } from "@/components/portal/flash-banner";
import { SubscriptionSummary } from "@/components/portal/subscription-summary";
import { InvoiceTable } from "@/components/portal/invoice-table";
import { CardLabel } from "@/components/portal/card-label";
import { date, money, pricePerInterval } from "@/components/portal/format";
import { listCard, pageHeading, sectionHeading, smallTextLink } from "@/components/ui/styles";
import { payInvoiceAction } from "./actions";

export default definePortalPage(async ({ portal, params: { sessionId }, locale, flash, base }) => {
  const [customer, subscriptions, paymentMethods, invoices, payableInvoices] = await Promise.all([
    findCustomer(portal.tenant, portal.customerId),
    listCustomerSubscriptions(portal.tenant, portal.customerId),
    listCustomerPaymentMethods(portal.tenant, portal.customerId),
    portal.capabilities.viewInvoices ? listRecentCustomerInvoices(portal.tenant, portal.customerId, 3) : null,
    portal.capabilities.viewInvoices ? listPayableInvoices(portal.tenant, portal.customerId) : [],
  ]);
  // The rule canCustomerManageCards applies, over the subscriptions already read for the page.
  const canAddCard = canManagePaymentMethods(portal.capabilities, subscriptions);
  const addCardPath = canAddCard ? `${base}/payment-methods/new` : null;
  const defaultCard = paymentMethods.find((paymentMethod) => paymentMethod.isDefault);
  const scheduledChanges = await Promise.all(subscriptions.map((subscription) => findScheduledPlanChange(portal.tenant, subscription)));
  const withSchedules = subscriptions.map((subscription, index) => ({ ...toSubscriptionSummary(subscription), scheduledChange: scheduledChanges[index] }));
  const [t, format] = await Promise.all([getTranslations("overview"), getTranslations("format")]);
  const summaries = distinguishSimilarItems(
    withSchedules,
    (summary) => ({
      id: summary.id,
      details: [summary.planName, pricePerInterval(summary, summary, locale), t("started", { date: date(summary.startedAt, locale) })],
    }),
    (reference) => format("reference", { reference }),
  );

  return (
    <>
      <FlashBanner flash={flash} />
      <h1 className={pageHeading}>{t("heading")}</h1>
      <p className="mt-1 text-slate-700">
        {customer.name ?? customer.email}
        {customer.name && customer.email ? <span> · {customer.email}</span> : null}
      </p>

      <AmountDueNotice
        invoices={payableInvoices}
        locale={locale}
        addCardPath={addCardPath}
        hasCard={Boolean(defaultCard)}
        payActionFor={(invoiceId) => payInvoiceAction.bind(null, sessionId, invoiceId)}
      />

      <section aria-labelledby="subscriptions-heading" className="mt-8">
        <h2 id="subscriptions-heading" className={sectionHeading}>
          {t("subscriptions")}
        </h2>
        {summaries.length === 0 ? (
          <p className="mt-3 text-slate-700">{t("noSubscriptions")}</p>
        ) : (
          <ul className="mt-3 space-y-3">
            {summaries.map(({ item: summary, details }) => (
              <SubscriptionSummary key={summary.id} subscription={summary} details={details} locale={locale} href={`${base}/subscriptions/${summary.id}`} />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="payment-heading" className="mt-8">
        <h2 id="payment-heading" className={sectionHeading}>
          {t("paymentMethod")}
        </h2>
        {customer.creditBalance > 0 && customer.creditCurrency ? (
          // The customer's credit balance (issue 12, item 2): what downgrades credited, applied to their next invoices.
          <p className={`mt-3 ${listCard}`}>
            <span>
              {t.rich("accountCredit", {
                amount: money(customer.creditBalance, customer.creditCurrency, locale),
                strong: (chunks) => <strong>{chunks}</strong>,
              })}
            </span>
            <span className="text-sm text-slate-700">{t("creditApplied")}</span>
          </p>
        ) : null}
        <div className={`mt-3 ${listCard}`}>
          <p>{defaultCard ? <CardLabel card={defaultCard} /> : t("noCard")}</p>
          {portal.capabilities.updatePaymentMethod ? (
            <Link href={`${base}/payment-methods`} prefetch={false} className={smallTextLink}>
              {t("managePaymentMethods")}
            </Link>
          ) : null}
          {paymentMethods.length === 0 && addCardPath ? (
            <Link href={addCardPath} prefetch={false} className={smallTextLink}>
              {t("addCard")}
            </Link>
          ) : null}
        </div>
      </section>

      {invoices ? (
        <section aria-labelledby="invoices-heading" className="mt-8">
          <h2 id="invoices-heading" className={sectionHeading}>
            {t("recentInvoices")}
          </h2>
          {invoices.length === 0 ? (
            <p className="mt-3 text-slate-700">{t("noInvoices")}</p>
          ) : (
            <div className="mt-3">
              <InvoiceTable invoices={invoices} locale={locale} basePath={`${base}/invoices`} caption={t("recentInvoices")} />
              <p className="mt-3">
                <Link href={`${base}/invoices`} prefetch={false} className={smallTextLink}>
                  {t("viewAllInvoices")}
                </Link>
              </p>
            </div>
          )}
        </section>
      ) : null}
    </>
  );
});
