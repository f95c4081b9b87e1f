import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { definePortalPage } from "@/lib/portal/define-portal-page";
import { listCustomerInvoicePage } from "@/lib/invoices/list-customer-invoice-page";
import { findInvoicePurposes } from "@/lib/invoices/invoice-purposes";
import { findInvoicePaymentMethod } from "@/lib/invoices/invoice-payment-method";
import { isPayableInvoiceStatus } from "@/lib/invoices/invoice-statuses";
import { FlashBanner } from "@/components/portal/flash-banner";
import { InvoiceTable } from "@/components/portal/invoice-table";
import { actionRow, inlineLink, pageHeading, secondaryButton } from "@/components/ui/styles";
import { payInvoiceAction } from "../actions";

const DEFAULT_PAGE_SIZE = 10;

function pageSize(value: string | string[] | undefined): number {
  const size = typeof value === "string" ? Number(value) : DEFAULT_PAGE_SIZE;
  return Number.isInteger(size) && size >= 1 && size <= 50 ? size : DEFAULT_PAGE_SIZE;
}

function param(value: string | string[] | undefined): string | null {
  return typeof value === "string" && value ? value : null;
}

type Translate = Awaited<ReturnType<typeof getTranslations<"invoices">>>;

/** "Invoices 11–20 of 34" ("Invoice 21 of 21" for a page of one), or "3 invoices" when they all fit on one page. */
function pagePosition(t: Translate, first: number, shown: number, total: number): string {
  if (first === 1 && shown === total) return t("count", { total });
  return shown === 1 ? t("positionOne", { first, total }) : t("positionRange", { first, last: first + shown - 1, total });
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invoices"))("title") };
}

// Paging: `cursor` (older: after the page's last invoice) and `before` (newer: before its first), both
// keyset (lib/invoices/list-customer-invoice-page.ts), so a new invoice never shifts the page.
export default definePortalPage(
  async ({ portal, params: { sessionId }, query, locale, flash, base }) => {
    const limit = pageSize(query.limit);
    const before = param(query.before);
    const after = before ? null : param(query.cursor);
    const page = await listCustomerInvoicePage(portal.tenant, portal.customerId, { limit, after, before });
    const payable = page.invoices.filter((invoice) => isPayableInvoiceStatus(invoice.status) && invoice.amountDue > 0);
    const [purposes, cards] = await Promise.all([
      findInvoicePurposes(portal.tenant, page.invoices),
      Promise.all(payable.map(async (invoice) => [invoice.id, await findInvoicePaymentMethod(portal.tenant, invoice)] as const)),
    ]);
    const payableWithCard = new Set(cards.flatMap(([invoiceId, card]) => (card ? [invoiceId] : [])));
    const invoicesPath = `${base}/invoices`;
    const sizeParam = limit === DEFAULT_PAGE_SIZE ? "" : `limit=${limit}&`;
    const pageLink = (key: "cursor" | "before", id: string) => `${invoicesPath}?${sizeParam}${key}=${encodeURIComponent(id)}`;
    const isPaged = Boolean(after || before);
    const t = await getTranslations("invoices");

    return (
      <>
        <FlashBanner flash={flash} />
        <h1 className={pageHeading}>{t("title")}</h1>
        {page.invoices.length === 0 ? (
          <p className="mt-6 text-slate-700">{isPaged ? t("noMore") : t("none")}</p>
        ) : (
          <>
            <p className="mt-1 text-slate-700">{pagePosition(t, page.firstPosition, page.invoices.length, page.total)}</p>
            {payable.length > payableWithCard.size ? (
              <p className="mt-4 text-sm text-slate-800">
                {t.rich("addCardToPay", {
                  link: (chunks) => (
                    <Link href={`${base}/payment-methods/new`} prefetch={false} className={inlineLink}>
                      {chunks}
                    </Link>
                  ),
                })}
              </p>
            ) : null}
            <div className="mt-6">
              <InvoiceTable
                invoices={page.invoices}
                locale={locale}
                basePath={invoicesPath}
                caption={t("caption")}
                purposes={purposes}
                actions={{ payActionFor: (invoice) => (payableWithCard.has(invoice.id) ? payInvoiceAction.bind(null, sessionId, invoice.id) : null) }}
              />
            </div>
          </>
        )}
        <nav aria-label={t("pagesLabel")} className={`mt-4 ${actionRow}`}>
          {page.newerCursor ? (
            <Link href={pageLink("before", page.newerCursor)} prefetch={false} className={secondaryButton}>
              {t("newer")}
            </Link>
          ) : isPaged && page.invoices.length === 0 ? (
            <Link href={sizeParam ? `${invoicesPath}?${sizeParam.slice(0, -1)}` : invoicesPath} prefetch={false} className={secondaryButton}>
              {t("newest")}
            </Link>
          ) : null}
          {page.olderCursor ? (
            <Link href={pageLink("cursor", page.olderCursor)} prefetch={false} className={secondaryButton}>
              {t("older")}
            </Link>
          ) : null}
        </nav>
      </>
    );
  },
  { isAvailable: (portal) => portal.capabilities.viewInvoices },
);
