import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { date, money } from "./format";
import { StatusBadge } from "./status-badge";
import { inlineLink, itemHeading, listCard, primaryButton, sectionHeading } from "../ui/styles";

export type AmountDueInvoice = { id: string; number: string; status: string; amountDue: number; currency: string; dueAt: Date | null };

/**
 * What the customer owes and when (issue 12, item 4): one entry per open or past-due invoice, each
 * with its own Pay button, the invoice page's pay flow (`payActionFor`), charged to the default card.
 * Without a card the customer is sent to add one first. Renders nothing when nothing is owed.
 */
export async function AmountDueNotice({
  invoices,
  locale,
  addCardPath,
  hasCard,
  payActionFor,
}: {
  invoices: readonly AmountDueInvoice[];
  locale: string;
  addCardPath: string | null;
  hasCard: boolean;
  payActionFor: (invoiceId: string) => () => Promise<void>;
}) {
  if (invoices.length === 0) return null;
  const t = await getTranslations("amountDue");
  const currencies = new Set(invoices.map((invoice) => invoice.currency));
  const [onlyCurrency] = currencies;
  const total =
    currencies.size === 1 && onlyCurrency
      ? money(
          invoices.reduce((sum, invoice) => sum + invoice.amountDue, 0),
          onlyCurrency,
          locale,
        )
      : null;
  return (
    <section aria-labelledby="amount-due-heading" className="mt-6 rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 id="amount-due-heading" className={sectionHeading}>
        {t("heading")}
      </h2>
      {total ? <p className="mt-1 text-slate-800">{t("youOwe", { total })}</p> : null}
      {!hasCard ? (
        <p className="mt-1 text-sm text-slate-800">
          {t.rich("addCardFirst", {
            link: (chunks) =>
              addCardPath ? (
                <Link href={addCardPath} prefetch={false} className={inlineLink}>
                  {chunks}
                </Link>
              ) : (
                chunks
              ),
          })}
        </p>
      ) : null}
      <ul className="mt-3 space-y-3">
        {invoices.map((invoice) => {
          const amount = money(invoice.amountDue, invoice.currency, locale);
          return (
            <li key={invoice.id} className={listCard}>
              <div>
                <div className="flex items-center gap-2">
                  <h3 className={itemHeading}>{amount}</h3>
                  <StatusBadge status={invoice.status} />
                </div>
                <p className="mt-1 text-sm text-slate-700">
                  {t("invoiceNumber", { number: invoice.number })}
                  {invoice.dueAt ? ` · ${t("due", { date: date(invoice.dueAt, locale) })}` : null}
                </p>
              </div>
              {hasCard ? (
                <form action={payActionFor(invoice.id)}>
                  <button type="submit" className={primaryButton}>
                    {t("pay", { amount })}
                    <span className="sr-only"> {t("payFor", { number: invoice.number })}</span>
                  </button>
                </form>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
