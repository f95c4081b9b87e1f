import { getTranslations } from "next-intl/server";
import { creditedAmount } from "@/lib/invoices/invoice-statuses";
import { money } from "./format";
import { amountCell, amountHeaderCell, cell, dividedRows, headerCell, table, tableFrame, tableHead } from "../ui/styles";

type InvoiceData = {
  status?: string;
  currency: string;
  subtotal: number;
  discount: number;
  tax: number;
  total: number;
  amountPaid: number;
  amountDue: number;
  lines: { id: string; description: string; quantity: number; unitAmount: number; amount: number }[];
};

/** The lines and totals, with the PDF's words for them (messages `pdf`), so the page and the PDF agree. */
export async function InvoiceLines({ invoice, locale }: { invoice: InvoiceData; locale: string }) {
  const [t, tInvoice] = await Promise.all([getTranslations("pdf"), getTranslations("invoice")]);
  const format = (amount: number) => money(amount, invoice.currency, locale);
  const credited = creditedAmount({ status: invoice.status ?? "", total: invoice.total });
  const totals: [string, number][] = [
    [t("subtotal"), invoice.subtotal],
    // The formatter writes the one minus sign: "-$4.00", "-US$4,00".
    ...(invoice.discount ? ([[t("discount"), -invoice.discount]] as [string, number][]) : []),
    ...(invoice.tax ? ([[t("tax"), invoice.tax]] as [string, number][]) : []),
    [t("total"), invoice.total],
    // A credit (a downgrade's proration) is paid by no one: it says what went to the account instead.
    ...((credited === null
      ? [
          [t("amountPaid"), invoice.amountPaid],
          [t("amountDue"), invoice.amountDue],
        ]
      : [[t("creditedToAccount"), credited]]) as [string, number][]),
  ];
  return (
    <div className={tableFrame}>
      <table className={table}>
        <caption className="sr-only">{tInvoice("linesCaption")}</caption>
        <thead className={tableHead}>
          <tr>
            <th scope="col" className={headerCell}>
              {t("description")}
            </th>
            <th scope="col" className={`${amountHeaderCell} hidden sm:table-cell`}>
              {t("quantity")}
            </th>
            <th scope="col" className={`${amountHeaderCell} hidden sm:table-cell`}>
              {t("unitPrice")}
            </th>
            <th scope="col" className={amountHeaderCell}>
              {t("amount")}
            </th>
          </tr>
        </thead>
        <tbody className={dividedRows}>
          {invoice.lines.map((line) => (
            <tr key={line.id}>
              <td className={cell}>
                {line.description}
                {/* On a phone the quantity and unit price columns give way; a quantity other than one moves here. */}
                {line.quantity !== 1 ? (
                  <span className="block text-xs text-slate-700 sm:hidden">
                    {line.quantity} × {format(line.unitAmount)}
                  </span>
                ) : null}
              </td>
              <td className="hidden px-4 py-3 text-right sm:table-cell">{line.quantity}</td>
              <td className={`${amountCell} hidden sm:table-cell`}>{format(line.unitAmount)}</td>
              <td className={amountCell}>{format(line.amount)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t border-slate-300">
          {totals.map(([label, amount]) => (
            <tr key={label}>
              {/* Spans the description, quantity and unit price columns: one column on a phone, three from 640 px. */}
              <th scope="row" className="px-4 py-2 text-right font-semibold sm:hidden">
                {label}
              </th>
              <th scope="row" colSpan={3} className="hidden px-4 py-2 text-right font-semibold sm:table-cell">
                {label}
              </th>
              <td className="px-4 py-2 text-right font-semibold whitespace-nowrap">{format(amount)}</td>
            </tr>
          ))}
        </tfoot>
      </table>
    </div>
  );
}
