import Link from "next/link";
import { date, money } from "./format";
import { StatusBadge } from "./status-badge";

export type InvoiceRow = { id: string; number: string; issuedAt: Date | null; createdAt: Date; total: number; currency: string; status: string };

export function InvoiceTable({ invoices, locale, basePath, caption }: { invoices: InvoiceRow[]; locale: string; basePath: string; caption: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-3 font-semibold">Invoice</th>
            <th scope="col" className="px-4 py-3 font-semibold">Date</th>
            <th scope="col" className="px-4 py-3 text-right font-semibold">Amount</th>
            <th scope="col" className="px-4 py-3 font-semibold">Status</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {invoices.map((invoice) => (
            <tr key={invoice.id}>
              <td className="px-4 py-3 whitespace-nowrap">
                <Link href={`${basePath}/${invoice.id}`} prefetch={false} className="font-semibold text-[var(--accent-link)] underline-offset-2 hover:underline">
                  {invoice.number}
                </Link>
              </td>
              <td className="px-4 py-3 whitespace-nowrap">{date(invoice.issuedAt ?? invoice.createdAt, locale)}</td>
              <td className="px-4 py-3 text-right whitespace-nowrap">{money(invoice.total, invoice.currency, locale)}</td>
              <td className="px-4 py-3"><StatusBadge status={invoice.status} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
