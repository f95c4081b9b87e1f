import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { definePortalPage } from "@/lib/portal/define-portal-page";
import { canCustomerManageCards } from "@/lib/portal/can-customer-manage-cards";
import { FlashBanner } from "@/components/portal/flash-banner";
import { cardBrandLabel } from "@/components/portal/format";
import { pageHeading } from "@/components/ui/styles";
import { addCardAction } from "./actions";
import { AddCardForm, type AddCardText } from "./add-card-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("paymentMethods"))("addCard") };
}

const ACCEPTED_BRANDS = ["visa", "mastercard", "amex", "discover"] as const;

async function addCardText(): Promise<AddCardText> {
  const [t, locale] = await Promise.all([getTranslations("addCard"), getLocale()]);
  const brandNames = ACCEPTED_BRANDS.map((brand) => [brand, cardBrandLabel(brand, locale)] as const);
  return {
    cardNumber: t("cardNumber"),
    acceptedHint: t("accepted", { brands: brandNames.map(([, name]) => name).join(", ") }),
    brandHints: Object.fromEntries(brandNames.map(([brand, name]) => [brand, t("brand", { brand: name })])),
    expiry: t("expiry"),
    expiryPlaceholder: t("expiryPlaceholder"),
    cvc: t("cvc"),
    makeDefault: t("makeDefault"),
    submit: t("submit"),
    cancel: t("cancel"),
    privacy: t("privacy"),
  };
}

export default definePortalPage(
  async ({ params: { sessionId }, flash, base }) => {
    const [text, paymentMethods] = await Promise.all([addCardText(), getTranslations("paymentMethods")]);
    return (
      <>
        <FlashBanner flash={flash} />
        <h1 className={pageHeading}>{paymentMethods("addCard")}</h1>
        <AddCardForm action={addCardAction.bind(null, sessionId)} cardsHref={`${base}/payment-methods`} text={text} />
      </>
    );
  },
  { isAvailable: canCustomerManageCards },
);
