import Link from "next/link";
import { getTranslations } from "next-intl/server";
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
export async function PlanChangePreview({
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
  const t = await getTranslations("planChangePreview");
  const newPrice = { price: format(preview.toUnitAmount), interval: intervalText };
  const explanation = [
    isScheduled
      ? t("scheduledExplained", { from: preview.fromPlanName, date: effectiveOn, ...newPrice })
      : t("appliesNow", { date: date(nextBillingDate, locale), ...newPrice }),
    !isScheduled && net > 0 && cardText ? t("chargedNow", { amount: format(net), card: cardText }) : null,
    !isScheduled && net < 0 ? t("creditApplied") : null,
  ];
  return (
    <section aria-labelledby="preview-heading" className={`mt-6 ${card}`}>
      <h2 id="preview-heading" className={sectionHeading}>
        {t("heading", { from: preview.fromPlanName, to: preview.toPlanName })}
      </h2>
      {isScheduled ? (
        <dl className={`mt-4 text-sm ${dividedRows}`}>
          <div className="flex justify-between gap-3 py-2">
            <dt>{t("takesEffect")}</dt>
            <dd className="font-semibold">{t("takesEffectOn", { date: effectiveOn })}</dd>
          </div>
          <div className="flex justify-between gap-3 py-2 text-base">
            <dt className="font-semibold">{t("dueToday")}</dt>
            <dd className="font-semibold" data-testid="amount-due-today">
              {format(0)}
            </dd>
          </div>
        </dl>
      ) : (
        <dl className={`mt-4 text-sm ${dividedRows}`}>
          <div className="flex justify-between gap-3 py-2">
            <dt>{t("creditForUnusedTime", { plan: preview.fromPlanName })}</dt>
            <dd className="font-semibold">{format(-credit)}</dd>
          </div>
          <div className="flex justify-between gap-3 py-2">
            <dt>{t("restOfPeriod", { plan: preview.toPlanName })}</dt>
            <dd className="font-semibold">{format(charge)}</dd>
          </div>
          <div className="flex justify-between gap-3 py-2 text-base">
            <dt className="font-semibold">{net >= 0 ? t("dueToday") : t("creditedToAccount")}</dt>
            <dd className="font-semibold" data-testid="amount-due-today">
              {format(Math.abs(net))}
            </dd>
          </div>
        </dl>
      )}
      <p className="mt-3 text-sm text-slate-700">{explanation.filter(Boolean).join(" ")}</p>
      <form action={confirmAction} className={`mt-5 ${actionRow}`}>
        <input type="hidden" name="quote" value={preview.quoteToken} />
        <button type="submit" className={primaryButton}>
          {isScheduled ? t("switchOn", { date: effectiveOn }) : net > 0 ? t("confirmAndPay", { amount: format(net) }) : t("confirmAndSwitch")}
        </button>
        <Link href={cancelHref} prefetch={false} className={secondaryButton}>
          {t("chooseAnother")}
        </Link>
      </form>
    </section>
  );
}
