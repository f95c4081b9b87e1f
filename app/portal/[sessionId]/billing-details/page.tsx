// Billing details (docs/api.md §7.7): the customer's billing name, email, address and tax ID, as the
// merchant's API shows them (§10.2); offered while the session's updateBillingDetails toggle is on.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { definePortalPage } from "@/lib/portal/define-portal-page";
import { findCustomerResource } from "@/lib/customers/find-customer";
import { billingDetailsValuesOf } from "@/lib/customers/billing-details-form";
import { COUNTRY_CODES } from "@/lib/customers/address-schemas";
import { FlashBanner } from "@/components/portal/flash-banner";
import { pageHeading } from "@/components/ui/styles";
import { updateBillingDetailsAction } from "./actions";
import { BillingDetailsForm, type BillingDetailsText } from "./billing-details-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("billingDetails"))("title") };
}

const FORM_WORDS = [
  "name",
  "nameHint",
  "email",
  "address",
  "addressHint",
  "line1",
  "line2",
  "city",
  "state",
  "postalCode",
  "country",
  "chooseCountry",
  "taxId",
  "taxIdHint",
  "save",
] as const satisfies readonly (keyof BillingDetailsText)[];

async function billingDetailsText(): Promise<BillingDetailsText> {
  const [t, formField] = await Promise.all([getTranslations("billingDetails"), getTranslations("formField")]);
  return { ...(Object.fromEntries(FORM_WORDS.map((word) => [word, t(word)])) as Record<(typeof FORM_WORDS)[number], string>), optional: formField("optional") };
}

export default definePortalPage(
  async ({ portal, params: { sessionId }, flash, locale }) => {
    const [customer, text, t] = await Promise.all([
      findCustomerResource(portal.tenant, portal.customerId),
      billingDetailsText(),
      getTranslations("billingDetails"),
    ]);
    const regionNames = new Intl.DisplayNames([locale, "en"], { type: "region" });
    const countries = COUNTRY_CODES.map((code) => ({ code, name: regionNames.of(code) ?? code })).sort((a, b) => a.name.localeCompare(b.name, locale));
    return (
      <>
        <FlashBanner flash={flash} />
        <h1 className={pageHeading}>{t("title")}</h1>
        <p className="mt-2 text-slate-700">{t("intro")}</p>
        {/* A new form after each save (its flash id): what was typed before gives way to what is stored. */}
        <BillingDetailsForm
          key={flash?.id ?? "stored"}
          action={updateBillingDetailsAction.bind(null, sessionId)}
          saved={billingDetailsValuesOf(customer)}
          countries={countries}
          text={text}
        />
      </>
    );
  },
  { isAvailable: (portal) => portal.capabilities.updateBillingDetails },
);
