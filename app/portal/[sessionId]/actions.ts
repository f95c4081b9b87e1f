"use server";
// Portal server actions (the subscription ones are in ./subscriptions/actions.ts): each re-resolves the customer from the cookie, checks that the session's
// settings and the plan allow the action, parses the form, calls one domain function, and sends the
// customer back with a message.
import { getTranslations } from "next-intl/server";
import { AppError } from "@/lib/errors";
import { notAllowedError } from "@/lib/portal/portal-action-messages";
import { performPortalAction } from "@/lib/portal/perform-portal-action";
import { canCustomerManageCards } from "@/lib/portal/can-customer-manage-cards";
import type { PortalCustomerContext } from "@/lib/portal/portal-access";
import { setDefaultPaymentMethod } from "@/lib/payment-methods/set-default-payment-method";
import { detachPaymentMethod } from "@/lib/payment-methods/detach-payment-method";
import { payInvoice } from "@/lib/invoices/pay-invoice";

export async function setDefaultCardAction(portalSessionId: string, paymentMethodId: string): Promise<void> {
  await perform(portalSessionId, `/portal/${portalSessionId}/payment-methods`, async (portal) => {
    await requireCardManagement(portal);
    await setDefaultPaymentMethod(portal.tenant, portal.customerId, paymentMethodId);
    return (await getTranslations("paymentMethods"))("defaultUpdated");
  });
}

export async function removeCardAction(portalSessionId: string, paymentMethodId: string): Promise<void> {
  await perform(portalSessionId, `/portal/${portalSessionId}/payment-methods`, async (portal) => {
    await requireCardManagement(portal);
    await detachPaymentMethod(portal.tenant, portal.customerId, paymentMethodId);
    return (await getTranslations("paymentMethods"))("removed");
  });
}

export async function payInvoiceAction(portalSessionId: string, invoiceId: string): Promise<void> {
  await perform(portalSessionId, `/portal/${portalSessionId}/invoices/${invoiceId}`, async (portal) => {
    if (!portal.capabilities.viewInvoices) throw await notAllowedError();
    const outcome = await payInvoice(portal.tenant, invoiceId, { customerId: portal.customerId });
    if (outcome.status === "failed") throw new AppError("card_declined", outcome.message);
    const t = await getTranslations("invoice");
    return outcome.status === "paid" ? t("paidThanks") : t("alreadyPaid");
  });
}

async function requireCardManagement(portal: PortalCustomerContext): Promise<void> {
  if (!(await canCustomerManageCards(portal))) throw await notAllowedError();
}

async function perform(
  portalSessionId: string,
  successPath: string,
  work: (portal: PortalCustomerContext) => Promise<string>,
  failurePath = successPath,
): Promise<never> {
  return performPortalAction(portalSessionId, successPath, work, failurePath);
}
