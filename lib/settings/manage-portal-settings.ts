// The merchant's portal settings (docs/api.md §7, §10): the five toggles, branding, the plans customers
// may switch to, and a custom portal domain proven with a DNS TXT record. Per workspace (both modes).
import "server-only";
import { randomBytes } from "node:crypto";
import { prisma } from "../db";
import { now } from "../clock";
import { AppError, isUniqueConstraintError, notFound } from "../errors";
import type { Tenant } from "../tenancy";
import { getPortalSettings } from "./portal-settings";
import { txtRecords } from "./dns-txt-resolver";
import type { PortalSettingsResource, UpdatePortalSettingsInput } from "./portal-settings-schemas";

export async function portalSettingsResource(tenant: Tenant): Promise<PortalSettingsResource> {
  const [view, row] = await Promise.all([
    getPortalSettings(tenant.workspaceId),
    prisma.portalSettings.findUnique({ where: { workspaceId: tenant.workspaceId } }),
  ]);
  const domain = row?.customDomain ?? null;
  return {
    accountId: tenant.accountId,
    cancelSubscription: view.cancelSubscription,
    updatePaymentMethod: view.updatePaymentMethod,
    viewInvoices: view.viewInvoices,
    changePlan: view.changePlan,
    updateBillingDetails: view.updateBillingDetails,
    brandName: view.brandName,
    accentColor: view.accentColor,
    logoUrl: view.logoUrl,
    allowedPlanIds: row?.allowedPlanIds ? (JSON.parse(row.allowedPlanIds) as string[]) : null,
    downgradeTiming: row?.downgradeTiming === "period_end" ? "period_end" : "now",
    customDomain: domain,
    customDomainStatus: !domain ? "none" : row?.customDomainVerifiedAt ? "verified" : "pending",
    customDomainVerification: domain && row?.customDomainToken ? { type: "TXT", name: `_plugipay.${domain}`, value: row.customDomainToken } : null,
    updatedAt: (row?.updatedAt ?? now()).toISOString(),
  };
}

export async function updatePortalSettings(tenant: Tenant, input: UpdatePortalSettingsInput): Promise<PortalSettingsResource> {
  if (input.allowedPlanIds) {
    const found = await prisma.plan.count({ where: { id: { in: input.allowedPlanIds }, workspaceId: tenant.workspaceId } });
    if (found !== new Set(input.allowedPlanIds).size)
      throw new AppError("not_found", "allowedPlanIds names a plan that does not exist", { field: "allowedPlanIds" });
  }
  const current = await prisma.portalSettings.findUnique({ where: { workspaceId: tenant.workspaceId } });
  const isNewDomain = input.customDomain !== undefined && input.customDomain !== (current?.customDomain ?? null);
  const data = {
    cancelSubscription: input.cancelSubscription,
    updatePaymentMethod: input.updatePaymentMethod,
    viewInvoices: input.viewInvoices,
    changePlan: input.changePlan,
    updateBillingDetails: input.updateBillingDetails,
    brandName: input.brandName,
    accentColor: input.accentColor?.toLowerCase() ?? input.accentColor,
    logoUrl: input.logoUrl,
    allowedPlanIds: input.allowedPlanIds === undefined ? undefined : input.allowedPlanIds && JSON.stringify(input.allowedPlanIds),
    downgradeTiming: input.downgradeTiming,
    ...(isNewDomain
      ? {
          customDomain: input.customDomain,
          customDomainVerifiedAt: null,
          customDomainToken: input.customDomain ? `plugipay-verify=${randomBytes(16).toString("hex")}` : null,
        }
      : {}),
  };
  try {
    await prisma.portalSettings.upsert({ where: { workspaceId: tenant.workspaceId }, create: { workspaceId: tenant.workspaceId, ...data }, update: data });
  } catch (error) {
    if (isUniqueConstraintError(error)) throw new AppError("conflict", "That custom domain is already used by another workspace", { field: "customDomain" });
    throw error;
  }
  return portalSettingsResource(tenant);
}

/** Verifies the custom domain: its _plugipay TXT record must hold the token we issued. */
export async function verifyCustomDomain(tenant: Tenant): Promise<PortalSettingsResource> {
  const settings = await prisma.portalSettings.findUnique({ where: { workspaceId: tenant.workspaceId } });
  if (!settings?.customDomain || !settings.customDomainToken) throw notFound("custom domain");
  if (!settings.customDomainVerifiedAt) {
    const records = await txtRecords(`_plugipay.${settings.customDomain}`);
    if (!records.includes(settings.customDomainToken)) {
      throw new AppError(
        "invalid_state",
        `No TXT record _plugipay.${settings.customDomain} with the verification value was found yet; DNS changes can take a while`,
      );
    }
    await prisma.portalSettings.update({ where: { workspaceId: tenant.workspaceId }, data: { customDomainVerifiedAt: now() } });
  }
  return portalSettingsResource(tenant);
}
