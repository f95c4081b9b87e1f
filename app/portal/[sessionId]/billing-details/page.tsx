// Billing details (docs/api.md §7.7): the customer's billing name, email, address and tax ID, as the
// merchant's API shows them (§10.2); offered while the session's updateBillingDetails toggle is on.
import type { Metadata } from "next";
import { definePortalPage } from "@/lib/portal/define-portal-page";
import { findCustomerResource } from "@/lib/customers/find-customer";
import { billingDetailsValuesOf } from "@/lib/customers/billing-details-form";
import { COUNTRY_CODES } from "@/lib/customers/address-schemas";
import { FlashBanner } from "@/components/portal/flash-banner";
import { pageHeading } from "@/components/ui/styles";
import { updateBillingDetailsAction } from "./actions";
import { BillingDetailsForm } from "./billing-details-form";

export const metadata: Metadata = { title: "Billing details" };

export default definePortalPage(
  async ({ portal, params: { sessionId }, flash, locale }) => {
    const customer = await findCustomerResource(portal.tenant, portal.customerId);
    const regionNames = new Intl.DisplayNames([locale, "en"], { type: "region" });
    const countries = COUNTRY_CODES.map((code) => ({ code, name: regionNames.of(code) ?? code })).sort((a, b) => a.name.localeCompare(b.name, locale));
    return (
      <>
        <FlashBanner flash={flash} />
        <h1 className={pageHeading}>Billing details</h1>
        <p className="mt-2 text-slate-700">What your invoices show and where they are sent.</p>
        {/* A new form after each save (its flash id): what was typed before gives way to what is stored. */}
        <BillingDetailsForm
          key={flash?.id ?? "stored"}
          action={updateBillingDetailsAction.bind(null, sessionId)}
          saved={billingDetailsValuesOf(customer)}
          countries={countries}
        />
      </>
    );
  },
  { isAvailable: (portal) => portal.capabilities.updateBillingDetails },
);
