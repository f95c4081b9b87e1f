import { money } from "./format";

type InvoiceData = {
  currency: string;
  subtotal: number;
  discount: number;
  tax: number;
  total: number;
  amountPaid: number;
  amountDue: number;
  lines: { id: string; description: string; quantity: number; unitAmount: number; amount: number }[];
};

export function InvoiceLines({ invoice, locale }: { invoice: InvoiceData; locale: string }) {
  const format = (amount: number) => money(amount, invoice.currency, locale);
  const totals: [string, number][] = [
    ["Subtotal", invoice.subtotal],
    ...(invoice.discount ? ([["Discount", -invoice.discount]] as [string, number][]) : []),
    ...(invoice.tax ? ([["Tax", invoice.tax]] as [string, number][]) : []),
    ["Total", invoice.total],
    ["Amount paid", invoice.amountPaid],
    ["Amount due", invoice.amountDue],
  ];
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Invoice lines and totals</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-3 font-semibold">Description</th>
            <th scope="col" className="px-4 py-3 text-right font-semibold">Qty</th>
            <th scope="col" className="px-4 py-3 text-right font-semibold">Unit price</th>
            <th scope="col" className="px-4 py-3 text-right font-semibold">Amount</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {invoice.lines.map((line) => (
            <tr key={line.id}>
              <td className="px-4 py-3">{line.description}</td>
              <td className="px-4 py-3 text-right">{line.quantity}</td>
              <td className="px-4 py-3 text-right whitespace-nowrap">{format(line.unitAmount)}</td>
              <td className="px-4 py-3 text-right whitespace-nowrap">{format(line.amount)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t border-slate-300">
          {totals.map(([label, amount]) => (
            <tr key={label}>
              <th scope="row" colSpan={3} className="px-4 py-2 text-right font-semibold">{label}</th>
              <td className="px-4 py-2 text-right font-semibold whitespace-nowrap">{format(amount)}</td>
            </tr>
          ))}
        </tfoot>
      </table>
    </div>
  );
}
