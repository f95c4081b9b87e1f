import Link from "next/link";
import { date, money } from "./format";
import { primaryButton, secondaryButton } from "../ui/styles";

type Preview = {
  quoteToken: string;
  proration: { credit: number; charge: number; net: number };
  currency: string;
  fromPlanName: string;
  toPlanName: string;
  toUnitAmount: number;
};

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
  return (
    <section aria-labelledby="preview-heading" className="mt-6 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="preview-heading" className="text-lg font-semibold">
        Switch from {preview.fromPlanName} to {preview.toPlanName}
      </h2>
      <dl className="mt-4 divide-y divide-slate-200 text-sm">
        <div className="flex justify-between py-2">
          <dt>Credit for unused time on {preview.fromPlanName}</dt>
          <dd className="font-semibold">−{format(credit)}</dd>
        </div>
        <div className="flex justify-between py-2">
          <dt>{preview.toPlanName} for the rest of this period</dt>
          <dd className="font-semibold">{format(charge)}</dd>
        </div>
        <div className="flex justify-between py-2 text-base">
          <dt className="font-semibold">{net >= 0 ? "Due today" : "Credited to your account"}</dt>
          <dd className="font-semibold" data-testid="amount-due-today">{format(Math.abs(net))}</dd>
        </div>
      </dl>
      <p className="mt-3 text-sm text-slate-700">
        From {date(nextBillingDate, locale)} you will pay {format(preview.toUnitAmount)} per {intervalText}.
        {net > 0 && cardText ? ` ${format(net)} will be charged to your ${cardText} now.` : ""}
        {net < 0 ? " The credit is applied to your next invoices." : ""}
      </p>
      <form action={confirmAction} className="mt-5 flex flex-wrap gap-3">
        <input type="hidden" name="quote" value={preview.quoteToken} />
        <button type="submit" className={primaryButton}>
          Confirm and {net > 0 ? `pay ${format(net)}` : "switch"}
        </button>
        <Link href={cancelHref} prefetch={false} className={secondaryButton}>Choose another plan</Link>
      </form>
    </section>
  );
}
