"use server";
// The portal's subscription actions (cancel, resume, pause, change plan, undo a scheduled change): each
// re-resolves the customer from the cookie, checks that the session's settings and the plan allow it
// (lib/portal/portal-permissions.ts), parses the form, calls one domain function, and sends the
// customer back with a message that names what happened and when.
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { now } from "@/lib/clock";
import { getRequestLocale } from "@/lib/portal/current-portal";
import { subscriptionPermissions } from "@/lib/portal/portal-permissions";
import type { PortalCustomerContext } from "@/lib/portal/portal-access";
import { notAllowedError } from "@/lib/portal/portal-action-messages";
import { performPortalAction, type PortalActionResult } from "@/lib/portal/perform-portal-action";
import { findSubscription } from "@/lib/subscriptions/find-subscription";
import { cancelSubscription } from "@/lib/subscriptions/cancel-subscription";
import { resumeSubscription } from "@/lib/subscriptions/resume-subscription";
import { pauseSubscription } from "@/lib/subscriptions/pause-subscription";
import { changeSubscriptionPlan } from "@/lib/subscriptions/change-subscription-plan";
import { undoScheduledPlanChange } from "@/lib/subscriptions/undo-scheduled-plan-change";
import { describePlanChange } from "@/lib/subscriptions/describe-plan-change";
import { parsePauseForm } from "@/lib/subscriptions/pause-form";
import { date } from "@/components/portal/format";

const CancelForm = z.object({
  reason: z.enum(["", "too_expensive", "missing_features", "switched_service", "unused", "other"]).default(""),
  comment: z.string().max(500).default(""),
});

export async function cancelSubscriptionAction(portalSessionId: string, subscriptionId: string, form: FormData): Promise<void> {
  await perform(portalSessionId, subscriptionId, async (portal) => {
    if (!(await permissionsFor(portal, subscriptionId)).canCancel) throw await notAllowedError();
    const input = CancelForm.parse({ reason: form.get("reason") ?? "", comment: form.get("comment") ?? "" });
    const comment = [input.reason, input.comment.trim()].filter(Boolean).join(": ") || null;
    const cancelled = await cancelSubscription(portal.tenant, subscriptionId, {
      at: "period_end",
      reason: "customer_portal",
      comment,
      customerId: portal.customerId,
    });
    return (await getTranslations("subscriptionActions"))("cancelled", { date: date(cancelled.cancelAt, await getRequestLocale()) });
  });
}

/** Undoes a scheduled cancellation, or resumes a paused subscription. */
export async function resumeSubscriptionAction(portalSessionId: string, subscriptionId: string): Promise<void> {
  await perform(portalSessionId, subscriptionId, async (portal) => {
    const permissions = await permissionsFor(portal, subscriptionId);
    if (!permissions.canResume && !permissions.canUnpause) throw await notAllowedError();
    const resumed = await resumeSubscription(portal.tenant, subscriptionId, { customerId: portal.customerId });
    const t = await getTranslations("subscriptionActions");
    return permissions.canUnpause ? t("unpaused", { date: date(resumed.currentPeriodEnd, await getRequestLocale()) }) : t("continued");
  });
}

export async function pauseSubscriptionAction(portalSessionId: string, subscriptionId: string, form: FormData): Promise<void> {
  const pausePath = `${subscriptionPath(portalSessionId, subscriptionId)}/pause`;
  await perform(
    portalSessionId,
    subscriptionId,
    async (portal) => {
      if (!(await permissionsFor(portal, subscriptionId)).canPause) throw await notAllowedError();
      const locale = await getRequestLocale();
      const { resumeAt } = parsePauseForm({ until: form.get("until"), resumeOn: form.get("resumeOn") }, now(), locale);
      await pauseSubscription(portal.tenant, subscriptionId, { resumeAt, customerId: portal.customerId });
      const t = await getTranslations("subscriptionActions");
      return resumeAt ? t("pausedUntilDate", { date: date(resumeAt, locale) }) : t("pausedUntilResumed");
    },
    pausePath,
  );
}

export async function changePlanAction(portalSessionId: string, subscriptionId: string, form: FormData): Promise<void> {
  await perform(portalSessionId, subscriptionId, async (portal) => {
    const permissions = await permissionsFor(portal, subscriptionId);
    if (!permissions.canUpgrade && !permissions.canDowngrade) throw await notAllowedError();
    const quote = z.string().min(1).max(4096).parse(form.get("quote"));
    const outcome = await changeSubscriptionPlan(portal.tenant, portal.customerId, subscriptionId, quote, permissions);
    const message = await describePlanChange(portal.tenant, portal.customerId, outcome, await getRequestLocale());
    // The subscription page links to the invoice named by `invoice` when it is this customer's.
    return { message, query: outcome.invoiceId ? `invoice=${encodeURIComponent(outcome.invoiceId)}` : "" };
  });
}

export async function undoScheduledChangeAction(portalSessionId: string, subscriptionId: string): Promise<void> {
  await perform(portalSessionId, subscriptionId, async (portal) => {
    // Undoing only keeps the plan the customer is on, so it needs no permission beyond owning the subscription.
    const subscription = await findSubscription(portal.tenant, subscriptionId, { customerId: portal.customerId });
    await undoScheduledPlanChange(portal.tenant, subscriptionId, { customerId: portal.customerId });
    return (await getTranslations("subscriptionActions"))("scheduledChangeUndone", { plan: subscription.price.plan.name });
  });
}

/** The portal's rules for this subscription of the signed-in customer (404 when it is not theirs). */
async function permissionsFor(portal: PortalCustomerContext, subscriptionId: string) {
  const subscription = await findSubscription(portal.tenant, subscriptionId, { customerId: portal.customerId });
  return subscriptionPermissions(portal.capabilities, subscription, now());
}

function subscriptionPath(portalSessionId: string, subscriptionId: string): string {
  return `/portal/${portalSessionId}/subscriptions/${encodeURIComponent(subscriptionId)}`;
}

/** Every action here answers on the subscription's page (lib/portal/perform-portal-action.ts). */
function perform(
  portalSessionId: string,
  subscriptionId: string,
  work: (portal: PortalCustomerContext) => Promise<PortalActionResult>,
  failurePath = subscriptionPath(portalSessionId, subscriptionId),
): Promise<never> {
  return performPortalAction(portalSessionId, subscriptionPath(portalSessionId, subscriptionId), work, failurePath);
}
