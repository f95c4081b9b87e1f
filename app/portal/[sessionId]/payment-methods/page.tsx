import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { definePortalPage } from "@/lib/portal/define-portal-page";
import { canCustomerManageCards } from "@/lib/portal/can-customer-manage-cards";
import { distinguishSimilarItems } from "@/lib/portal/distinguish-similar-items";
import { listCustomerPaymentMethods } from "@/lib/payment-methods/list-payment-methods";
import { hasLiveSubscription } from "@/lib/payment-methods/card-removal";
import { FlashBanner } from "@/components/portal/flash-banner";
import { CardLabel } from "@/components/portal/card-label";
import { LastCardReason } from "@/components/portal/last-card-reason";
import { StatusBadge } from "@/components/portal/status-badge";
import { cardExpiry, cardName, date } from "@/components/portal/format";
import { listCard, pageHeading, primaryButton, secondaryButton } from "@/components/ui/styles";
import { setDefaultCardAction } from "../actions";

export default definePortalPage(
  async ({ portal, params: { sessionId }, locale, flash, base }) => {
    const [paymentMethods, renewsOnCards] = await Promise.all([
      listCustomerPaymentMethods(portal.tenant, portal.customerId),
      hasLiveSubscription(portal.tenant, portal.customerId),
    ]);
    // The only card of a live subscription cannot be removed: say why before the click, not after it.
    const keepsOnlyCard = renewsOnCards && paymentMethods.length === 1;
    // Cards that look alike are told apart by expiry, then the day they were added, then a reference.
    const [t, format] = await Promise.all([getTranslations("paymentMethods"), getTranslations("format")]);
    const cards = distinguishSimilarItems(
      paymentMethods,
      (paymentMethod) => ({
        id: paymentMethod.id,
        details: [
          cardName(paymentMethod, locale),
          format("expires", { expiry: cardExpiry(paymentMethod) }),
          t("added", { date: date(paymentMethod.createdAt, locale) }),
        ],
      }),
      (reference) => format("reference", { reference }),
    );

    return (
      <>
        <FlashBanner flash={flash} />
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className={pageHeading}>{t("title")}</h1>
          <Link href={`${base}/payment-methods/new`} prefetch={false} className={primaryButton}>
            {t("addCard")}
          </Link>
        </div>
        {cards.length === 0 ? (
          <p className="mt-6 text-slate-700">{t("none")}</p>
        ) : (
          <ul className="mt-6 space-y-3" aria-label={t("cardsLabel")}>
            {cards.map(({ item: paymentMethod, details, name }) => (
              <li key={paymentMethod.id} aria-label={name} className={listCard}>
                <div className="flex min-w-0 flex-wrap items-center gap-3">
                  <CardLabel card={paymentMethod} moreDetails={details.slice(2)} />
                  {paymentMethod.isDefault ? <StatusBadge status="active" label={t("default")} /> : null}
                </div>
                <div className="flex flex-wrap gap-2">
                  {!paymentMethod.isDefault ? (
                    <form action={setDefaultCardAction.bind(null, sessionId, paymentMethod.id)}>
                      <button type="submit" className={secondaryButton} aria-label={t("makeDefaultLabel", { card: name })}>
                        {t("makeDefault")}
                      </button>
                    </form>
                  ) : null}
                  {keepsOnlyCard ? (
                    <button
                      type="button"
                      disabled
                      className={`${secondaryButton} disabled:cursor-not-allowed disabled:text-slate-600`}
                      aria-label={t("removeLabel", { card: name })}
                      aria-describedby={`${paymentMethod.id}-kept`}
                    >
                      {t("remove")}
                    </button>
                  ) : (
                    <Link
                      href={`${base}/payment-methods/${paymentMethod.id}/remove`}
                      prefetch={false}
                      className={secondaryButton}
                      aria-label={t("removeLabel", { card: name })}
                    >
                      {t("remove")}
                    </Link>
                  )}
                </div>
                {keepsOnlyCard ? <LastCardReason id={`${paymentMethod.id}-kept`} /> : null}
              </li>
            ))}
          </ul>
        )}
      </>
    );
  },
  { isAvailable: canCustomerManageCards },
);
