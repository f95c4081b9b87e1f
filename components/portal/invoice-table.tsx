import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { InvoicePurpose } from "@/lib/invoices/invoice-purposes";
import { invoiceDisplayStatus, isPayableInvoiceStatus } from "@/lib/invoices/invoice-statuses";
import { date, money } from "./format";
import { invoicePurposeText } from "./invoice-purpose";
import { StatusBadge } from "./status-badge";
import {
  amountCell,
  amountHeaderCell,
  cell,
  dividedRows,
  headerCell,
  nowrapCell,
  primaryButton,
  secondaryButton,
  table,
  tableFrame,
  tableHead,
  textLink,
} from "../ui/styles";

export type InvoiceRow = {
  id: string;
  number: string;
  issuedAt: Date | null;
  createdAt: Date;
  total: number;
  currency: string;
  status: string;
  dueAt?: Date | null;
  amountDue?: number;
};

/** The Invoices page's row actions (issue 12, item 3): the PDF, and Pay when the invoice can be paid now. */
export type InvoiceRowActions = {
  /** The invoice page's pay action bound to this invoice, or null when it cannot be paid now (paid, void, or no card). */
  payActionFor: (invoice: InvoiceRow) => (() => Promise<void>) | null;
};

type InvoiceTableProps = {
  invoices: InvoiceRow[];
  locale: string;
  basePath: string;
  caption: string;
  /** What each invoice was for, by invoice id (lib/invoices/invoice-purposes.ts). */
  purposes?: ReadonlyMap<string, InvoicePurpose>;
  actions?: InvoiceRowActions;
};

/**
 * A list of invoices: a table from 768 px, and below that one card per invoice (number and status,
 * amount and dates, then the actions, Pay first), so status and amount are on a 360 px screen without
 * sideways scrolling (issue 12, item 1), and the table, with its actions, never scrolls sideways
 * either. Only one of the two is displayed, so only one is in the accessibility tree.
 */
export async function InvoiceTable({ invoices, locale, basePath, caption, purposes, actions }: InvoiceTableProps) {
  const t = await getTranslations("invoices");
  // The badge names a credit "Credit" ("Kredit") from its status, in the page's language (messages `status`).
  const facts = invoices.map((invoice) => ({
    invoice,
    issued: date(invoice.issuedAt ?? invoice.createdAt, locale),
    amount: money(invoice.total, invoice.currency, locale),
    // The due date only while the invoice still asks for its money.
    due: actions && invoice.dueAt && isPayableInvoiceStatus(invoice.status) ? date(invoice.dueAt, locale) : null,
    purpose: purposes?.get(invoice.id),
    pay: actions?.payActionFor(invoice) ?? null,
  }));
  return (
    <>
      <ul aria-label={caption} className="space-y-3 md:hidden">
        {facts.map(({ invoice, issued, amount, due, purpose, pay }) => (
          <li key={invoice.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <Link href={`${basePath}/${invoice.id}`} prefetch={false} className={textLink}>
                {invoice.number}
              </Link>
              <StatusBadge status={invoiceDisplayStatus(invoice).status} />
            </div>
            {purpose ? <p className="mt-1 text-sm text-slate-700">{invoicePurposeText(purpose, locale)}</p> : null}
            <p className="mt-1 text-sm">
              <span className="font-semibold">{amount}</span>
              <span className="text-slate-700">
                {" "}
                · {t("issuedOn", { date: issued })}
                {due ? ` · ${t("dueOn", { date: due })}` : null}
              </span>
            </p>
            {actions ? (
              <div className="mt-3 flex flex-wrap gap-2">
                {pay ? <PayButton action={pay} invoice={invoice} locale={locale} /> : null}
                <PdfLink invoice={invoice} basePath={basePath} />
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      <div className={`${tableFrame} hidden md:block`}>
        <table className={table}>
          <caption className="sr-only">{caption}</caption>
          <thead className={tableHead}>
            <tr>
              <th scope="col" className={headerCell}>
                {t("columnInvoice")}
              </th>
              <th scope="col" className={headerCell}>
                {t("columnDate")}
              </th>
              <th scope="col" className={amountHeaderCell}>
                {t("columnAmount")}
              </th>
              <th scope="col" className={headerCell}>
                {t("columnStatus")}
              </th>
              {actions ? (
                <th scope="col" className={headerCell}>
                  <span className="sr-only">{t("columnActions")}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody className={dividedRows}>
            {facts.map(({ invoice, issued, amount, due, purpose, pay }) => (
              <tr key={invoice.id}>
                <td className={cell}>
                  <Link href={`${basePath}/${invoice.id}`} prefetch={false} className={`${textLink} whitespace-nowrap`}>
                    {invoice.number}
                  </Link>
                  {purpose ? <span className="block text-xs text-slate-700">{invoicePurposeText(purpose, locale)}</span> : null}
                </td>
                <td className={nowrapCell}>
                  {issued}
                  {due ? <span className="block text-xs text-slate-700">{t("dueOn", { date: due })}</span> : null}
                </td>
                <td className={amountCell}>{amount}</td>
                <td className={cell}>
                  <StatusBadge status={invoiceDisplayStatus(invoice).status} />
                </td>
                {actions ? (
                  <td className={cell}>
                    <div className="flex flex-wrap justify-end gap-2">
                      {pay ? <PayButton action={pay} invoice={invoice} locale={locale} /> : null}
                      <PdfLink invoice={invoice} basePath={basePath} />
                    </div>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

const hidden = (chunks: ReactNode) => <span className="sr-only">{chunks}</span>;

/** The same pay action as the invoice page and the overview's amount-due notice (payInvoiceAction). */
async function PayButton({ action, invoice, locale }: { action: () => Promise<void>; invoice: InvoiceRow; locale: string }) {
  const t = await getTranslations("invoices");
  const amount = money(invoice.amountDue ?? invoice.total, invoice.currency, locale);
  return (
    <form action={action}>
      <button type="submit" className={`${primaryButton} whitespace-nowrap`}>
        {t.rich("payInvoice", { amount, number: invoice.number, hidden })}
      </button>
    </form>
  );
}

/** Named "Download PDF" without the number, so the invoice's own link is the only one its number names; the row tells which. */
async function PdfLink({ invoice, basePath }: { invoice: InvoiceRow; basePath: string }) {
  const t = await getTranslations("invoices");
  return (
    <a href={`${basePath}/${invoice.id}/pdf`} download className={`${secondaryButton} whitespace-nowrap`}>
      {t.rich("downloadPdf", { hidden })}
    </a>
  );
}
