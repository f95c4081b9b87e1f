import Link from "next/link";
import { date, money } from "./format";
import { actionRow, card, dividedRows, primaryButton, secondaryButton, sectionHeading } from "../ui/styles";

type Preview = {
  quoteToken: string;
  /** "period_end": a downgrade scheduled for the end of the paid period (docs/api.md §7 downgradeTiming). */
  timing: "now" | "period_end";
  effectiveAt: Date;
  proration: { credit: number; charge: number; net: number };
  currency: string;
  fromPlanName: string;
  toPlanName: string;
  toUnitAmount: number;
};

/**
 * The server-rendered price of a plan change before it is confirmed: the prorated credit and charge and
 * what is due or credited today, or, for a downgrade at the period end, the date it takes effect.
 * Amounts below zero are formatted with their sign by the one money formatter.
 */
export function PlanChangePreview({
  preview,
  locale,
  nextBillingDate,
  intervalText,
  cardText,
  confirmAction,
  cancelHref,
}: {
  preview: Preview;
  locale: string;
  nextBillingDate: Date;
  intervalText: string;
  cardText: string | null;
  confirmAction: (form: FormData) => Promise<void>;
  cancelHref: string;
}) {
  const { credit, charge, net } = preview.proration;
  const format = (amount: number) => money(amount, preview.currency, locale);
  const isScheduled = preview.timing === "period_end";
  const effectiveOn = date(preview.effectiveAt, locale);
  return (
    <section aria-labelledby="preview-heading" className={`mt-6 ${card}`}>
      <h2 id="preview-heading" className={sectionHeading}>
        Switch from {preview.fromPlanName} to {preview.toPlanName}
      </h2>
      {isScheduled ? (
        <dl className={`mt-4 text-sm ${dividedRows}`}>
          <div className="flex justify-between gap-3 py-2">
            <dt>Takes effect</dt>
            <dd className="font-semibold">{effectiveOn}, at the end of your paid period</dd>
          </div>
          <div className="flex justify-between gap-3 py-2 text-base">
            <dt className="font-semibold">Due today</dt>
            <dd className="font-semibold" data-testid="amount-due-today">
              {format(0)}
            </dd>
          </div>
        </dl>
      ) : (
        <dl className={`mt-4 text-sm ${dividedRows}`}>
          <div className="flex justify-between gap-3 py-2">
            <dt>Credit for unused time on {preview.fromPlanName}</dt>
            <dd className="font-semibold">{format(-credit)}</dd>
          </div>
          <div className="flex justify-between gap-3 py-2">
            <dt>{preview.toPlanName} for the rest of this period</dt>
            <dd className="font-semibold">{format(charge)}</dd>
          </div>
          <div className="flex justify-between gap-3 py-2 text-base">
            <dt className="font-semibold">{net >= 0 ? "Due today" : "Credited to your account"}</dt>
            <dd className="font-semibold" data-testid="amount-due-today">
              {format(Math.abs(net))}
            </dd>
          </div>
        </dl>
      )}
      <p className="mt-3 text-sm text-slate-700">
        {isScheduled
          ? `You keep ${preview.fromPlanName} until ${effectiveOn}. From then you will pay ${format(preview.toUnitAmount)} per ${intervalText}. Nothing is charged or credited now, and you can undo the change until then.`
          : `The change applies now. From ${date(nextBillingDate, locale)} you will pay ${format(preview.toUnitAmount)} per ${intervalText}.`}
        {!isScheduled && net > 0 && cardText ? ` ${format(net)} will be charged to your ${cardText} now.` : ""}
        {!isScheduled && net < 0 ? " The credit is applied to your open and next invoices." : ""}
      </p>
      <form action={confirmAction} className={`mt-5 ${actionRow}`}>
        <input type="hidden" name="quote" value={preview.quoteToken} />
        <button type="submit" className={primaryButton}>
          {isScheduled ? `Switch on ${effectiveOn}` : `Confirm and ${net > 0 ? `pay ${format(net)}` : "switch"}`}
        </button>
        <Link href={cancelHref} prefetch={false} className={secondaryButton}>
          Choose another plan
        </Link>
      </form>
    </section>
  );
}
