"use server";
// Adding a card from the portal (docs/api.md §7.7): the form's problems come back all at once, next
// to their fields, with the expiry and the default choice kept; the card number and security code
// are never echoed, stored or logged (lib/payment-methods/card-form.ts).
import { getLocale, getTranslations } from "next-intl/server";
import { now } from "@/lib/clock";
import { canCustomerManageCards } from "@/lib/portal/can-customer-manage-cards";
import { attachCard } from "@/lib/payment-methods/attach-card";
import { CARD_FORM_FIELDS, parseCardForm } from "@/lib/payment-methods/card-form";
import { performFormAction } from "../../form-action";
import { notAllowedError } from "@/lib/portal/portal-action-messages";

export async function addCardAction(portalSessionId: string, _previousState: string, form: FormData): Promise<string> {
  const parsed = parseCardForm(form, now(), await getLocale());
  return performFormAction(portalSessionId, { fields: CARD_FORM_FIELDS, values: parsed.values }, async (portal) => {
    if (!(await canCustomerManageCards(portal))) throw await notAllowedError();
    if (!parsed.ok) return { problems: parsed.problems };
    await attachCard(portal.tenant, portal.customerId, parsed.card, { makeDefault: parsed.makeDefault });
    return { done: (await getTranslations("addCard"))("added"), path: `/portal/${portal.portalSessionId}/payment-methods` };
  });
}
