// The confirmation step before a card is removed: a server-rendered page, so no client script is
// needed and the browser's back button is the same as Cancel.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { definePortalPage } from "@/lib/portal/define-portal-page";
import { canCustomerManageCards } from "@/lib/portal/can-customer-manage-cards";
import { listCustomerPaymentMethods } from "@/lib/payment-methods/list-payment-methods";
import { hasLiveSubscription } from "@/lib/payment-methods/card-removal";
import { CardLabel } from "@/components/portal/card-label";
import { LastCardReason } from "@/components/portal/last-card-reason";
import { cardName } from "@/components/portal/format";
import { actionRow, dangerButton, pageHeading, secondaryButton } from "@/components/ui/styles";
import { portalPageTitle } from "@/lib/portal/portal-page-title";
import { removeCardAction } from "../../../actions";

export const generateMetadata = portalPageTitle(async () => (await getTranslations("paymentMethods"))("removeCard"));

export default definePortalPage<{ sessionId: string; paymentMethodId: string }>(
  async ({ portal, params: { sessionId, paymentMethodId }, locale, base }) => {
    const [paymentMethods, renewsOnCards] = await Promise.all([
      listCustomerPaymentMethods(portal.tenant, portal.customerId),
      hasLiveSubscription(portal.tenant, portal.customerId),
    ]);
    const paymentMethod = paymentMethods.find((candidate) => candidate.id === paymentMethodId);
    if (!paymentMethod) notFound();
    const keepsOnlyCard = renewsOnCards && paymentMethods.length === 1;
    const t = await getTranslations("paymentMethods");

    return (
      <>
        <h1 className={pageHeading}>{t("removeTitle", { card: cardName(paymentMethod, locale) })}</h1>
        <p className="mt-3 text-slate-800">
          <CardLabel card={paymentMethod} />
        </p>
        {keepsOnlyCard ? (
          <div className="mt-3">
            <LastCardReason id="card-kept" />
          </div>
        ) : (
          <p className="mt-3 text-slate-800">{paymentMethod.isDefault && paymentMethods.length > 1 ? t("removeDefaultExplained") : t("removeExplained")}</p>
        )}
        <div className={`mt-6 ${actionRow}`}>
          {keepsOnlyCard ? null : (
            <form action={removeCardAction.bind(null, sessionId, paymentMethod.id)}>
              <button type="submit" className={dangerButton}>
                {t("removeCard")}
              </button>
            </form>
          )}
          <Link href={`${base}/payment-methods`} prefetch={false} className={secondaryButton}>
            {t("cancel")}
          </Link>
        </div>
      </>
    );
  },
  { isAvailable: canCustomerManageCards },
);
