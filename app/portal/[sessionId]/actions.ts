"use server";
// Portal server actions: each re-resolves the customer from the cookie, checks that the session's
// settings and the plan allow the action, parses the form, calls one domain function, and sends the
// customer back with a message.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { now } from "@/lib/clock";
import { requirePortalCustomer } from "@/lib/portal/current-portal";
import { setFlash } from "@/lib/portal/flash";
import { PORTAL_COOKIE_NAME, portalCookiePath } from "@/lib/portal/portal-cookie";
import { revokeBrowserSession } from "@/lib/portal/browser-sessions";
import { canManagePaymentMethods, subscriptionPermissions } from "@/lib/portal/portal-permissions";
import type { PortalCustomerContext } from "@/lib/portal/portal-access";
import { findSubscription, listCustomerSubscriptions } from "@/lib/subscriptions/find-subscription";
import { cancelSubscription } from "@/lib/subscriptions/cancel-subscription";
import { resumeSubscription } from "@/lib/subscriptions/resume-subscription";
import { changeSubscriptionPlan } from "@/lib/subscriptions/change-subscription-plan";
import { attachCard } from "@/lib/payment-methods/attach-card";
import { setDefaultPaymentMethod } from "@/lib/payment-methods/set-default-payment-method";
import { detachPaymentMethod } from "@/lib/payment-methods/detach-payment-method";
import { payInvoice } from "@/lib/invoices/pay-invoice";

const NOT_ALLOWED = "That isn't available in this billing portal.";

export async function signOut(portalSessionId: string): Promise<void> {
  const cookieStore = await cookies();
  await revokeBrowserSession(portalSessionId, cookieStore.get(PORTAL_COOKIE_NAME)?.value);
  cookieStore.delete({ name: PORTAL_COOKIE_NAME, path: portalCookiePath(portalSessionId) });
  redirect(`/portal/${portalSessionId}`);
}

const CancelForm = z.object({
  reason: z.enum(["", "too_expensive", "missing_features", "switched_service", "unused", "other"]).default(""),
  comment: z.string().max(500).default(""),
});

export async function cancelSubscriptionAction(portalSessionId: string, subscriptionId: string, form: FormData): Promise<void> {
  const portal = await requirePortalCustomer(portalSessionId);
  const back = subscriptionPath(portal, subscriptionId);
  await perform(portal, back, async () => {
    const subscription = await findSubscription(portal.tenant, subscriptionId, { customerId: portal.customerId });
    if (!subscriptionPermissions(portal.capabilities, subscription, now()).canCancel) throw new AppError("insufficient_scope", NOT_ALLOWED);
    const input = CancelForm.parse({ reason: form.get("reason") ?? "", comment: form.get("comment") ?? "" });
    const comment = [input.reason, input.comment.trim()].filter(Boolean).join(": ") || null;
    await cancelSubscription(portal.tenant, subscriptionId, { at: "period_end", reason: "customer_portal", comment, customerId: portal.customerId });
    return "Your subscription is set to cancel at the end of the current period.";
  });
}

export async function resumeSubscriptionAction(portalSessionId: string, subscriptionId: string): Promise<void> {
  const portal = await requirePortalCustomer(portalSessionId);
  await perform(portal, subscriptionPath(portal, subscriptionId), async () => {
    const subscription = await findSubscription(portal.tenant, subscriptionId, { customerId: portal.customerId });
    if (!subscriptionPermissions(portal.capabilities, subscription, now()).canResume) throw new AppError("insufficient_scope", NOT_ALLOWED);
    await resumeSubscription(portal.tenant, subscriptionId, { customerId: portal.customerId });
    return "Your subscription will continue. Nothing changes on your next bill.";
  });
}

export async function changePlanAction(portalSessionId: string, subscriptionId: string, form: FormData): Promise<void> {
  const portal = await requirePortalCustomer(portalSessionId);
  await perform(portal, subscriptionPath(portal, subscriptionId), async () => {
    const subscription = await findSubscription(portal.tenant, subscriptionId, { customerId: portal.customerId });
    const permissions = subscriptionPermissions(portal.capabilities, subscription, now());
    if (!permissions.canUpgrade && !permissions.canDowngrade) throw new AppError("insufficient_scope", NOT_ALLOWED);
    const quote = z.string().min(1).max(4096).parse(form.get("quote"));
    await changeSubscriptionPlan(portal.tenant, portal.customerId, subscriptionId, quote, permissions);
    return "Your plan has been changed.";
  });
}

const CardForm = z.object({
  number: z.string().min(1, "Enter your card number").max(30),
  expiry: z.string().regex(/^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/, "Enter the expiry date as MM / YY"),
  cvc: z.string().min(1, "Enter the security code").max(4),
  makeDefault: z.literal("on").optional(),
});

export async function addCardAction(portalSessionId: string, form: FormData): Promise<void> {
  const portal = await requirePortalCustomer(portalSessionId);
  const back = `/portal/${portalSessionId}/payment-methods`;
  await perform(portal, back, async () => {
    await requireCardManagement(portal);
    const parsed = CardForm.safeParse(Object.fromEntries(form));
    if (!parsed.success) throw new AppError("VALIDATION_ERROR", parsed.error.issues[0]?.message ?? "Check your card details");
    const [, month, year] = /^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/.exec(parsed.data.expiry) ?? [];
    await attachCard(
      portal.tenant,
      portal.customerId,
      { number: parsed.data.number, expMonth: Number(month), expYear: Number(year), cvc: parsed.data.cvc.trim() },
      { makeDefault: parsed.data.makeDefault === "on" },
    );
    return "Your card has been added.";
  }, `/portal/${portalSessionId}/payment-methods/new`);
}

export async function setDefaultCardAction(portalSessionId: string, paymentMethodId: string): Promise<void> {
  const portal = await requirePortalCustomer(portalSessionId);
  await perform(portal, `/portal/${portalSessionId}/payment-methods`, async () => {
    await requireCardManagement(portal);
    await setDefaultPaymentMethod(portal.tenant, portal.customerId, paymentMethodId);
    return "Your default card has been updated.";
  });
}

export async function removeCardAction(portalSessionId: string, paymentMethodId: string): Promise<void> {
  const portal = await requirePortalCustomer(portalSessionId);
  await perform(portal, `/portal/${portalSessionId}/payment-methods`, async () => {
    await requireCardManagement(portal);
    await detachPaymentMethod(portal.tenant, portal.customerId, paymentMethodId);
    return "The card has been removed.";
  });
}

export async function payInvoiceAction(portalSessionId: string, invoiceId: string): Promise<void> {
  const portal = await requirePortalCustomer(portalSessionId);
  await perform(portal, `/portal/${portalSessionId}/invoices/${invoiceId}`, async () => {
    if (!portal.capabilities.viewInvoices) throw new AppError("insufficient_scope", NOT_ALLOWED);
    const outcome = await payInvoice(portal.tenant, invoiceId, { customerId: portal.customerId });
    if (outcome.status === "failed") throw new AppError("card_declined", outcome.message);
    return outcome.status === "paid" ? "Thank you — the invoice is paid." : "This invoice is already paid.";
  });
}

async function requireCardManagement(portal: PortalCustomerContext): Promise<void> {
  const subscriptions = await listCustomerSubscriptions(portal.tenant, portal.customerId);
  if (!canManagePaymentMethods(portal.capabilities, subscriptions)) throw new AppError("insufficient_scope", NOT_ALLOWED);
}

function subscriptionPath(portal: PortalCustomerContext, subscriptionId: string): string {
  return `/portal/${portal.portalSessionId}/subscriptions/${encodeURIComponent(subscriptionId)}`;
}

/** Runs the work, then redirects with its message: to `successPath`, or on refusal to `failurePath`. */
async function perform(portal: PortalCustomerContext, successPath: string, work: () => Promise<string>, failurePath = successPath): Promise<never> {
  let destination: string;
  try {
    const message = await work();
    destination = `${successPath}?flash=${await setFlash(portal.portalSessionId, "success", message)}`;
  } catch (error) {
    if (!(error instanceof AppError)) {
      log("error", "portal action failed", { portalSessionId: portal.portalSessionId, error: error instanceof Error ? error.name : "unknown" });
    }
    const message = error instanceof AppError ? error.message : "Something went wrong. Nothing was changed; please try again.";
    const path = error instanceof AppError && error.code === "not_found" ? `/portal/${portal.portalSessionId}` : failurePath;
    destination = `${path}?flash=${await setFlash(portal.portalSessionId, "error", message)}`;
  }
  redirect(destination);
}
