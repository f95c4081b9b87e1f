"use server";
// Saving billing details from the portal (docs/api.md §7.7): allowed by the session's
// updateBillingDetails toggle; every problem comes back at once, next to its field, with what was
// typed kept; a save goes through the customer update and appends customer.updated (§8.2).
import { getLocale, getTranslations } from "next-intl/server";
import { BILLING_DETAILS_FIELDS, parseBillingDetailsForm } from "@/lib/customers/billing-details-form";
import { updateBillingDetails } from "@/lib/customers/update-billing-details";
import { performFormAction } from "../form-action";
import { notAllowedError } from "@/lib/portal/portal-action-messages";

export async function updateBillingDetailsAction(portalSessionId: string, _previousState: string, form: FormData): Promise<string> {
  const parsed = parseBillingDetailsForm(form, await getLocale());
  return performFormAction(portalSessionId, { fields: BILLING_DETAILS_FIELDS, values: parsed.values }, async (portal) => {
    if (!portal.capabilities.updateBillingDetails) throw await notAllowedError();
    if (!parsed.ok) return { problems: parsed.problems };
    await updateBillingDetails(portal.tenant, portal.customerId, parsed.details);
    return { done: (await getTranslations("billingDetails"))("saved"), path: `/portal/${portal.portalSessionId}/billing-details` };
  });
}
