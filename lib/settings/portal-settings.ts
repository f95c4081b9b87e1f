import { prisma, type DatabaseClient } from "../db";

export type PortalCapabilities = {
  cancelSubscription: boolean;
  updatePaymentMethod: boolean;
  viewInvoices: boolean;
  changePlan: boolean;
};

export type PortalSettingsView = PortalCapabilities & {
  brandName: string;
  accentColor: string | null;
  logoUrl: string | null;
  customDomain: string | null;
  customDomainVerified: boolean;
};

/** Settings a workspace has not touched: every capability enabled (contract §7). */
export const DEFAULT_CAPABILITIES: PortalCapabilities = {
  cancelSubscription: true,
  updatePaymentMethod: true,
  viewInvoices: true,
  changePlan: true,
};

export async function getPortalSettings(workspaceId: string, db: DatabaseClient = prisma): Promise<PortalSettingsView> {
  const workspace = await db.workspace.findUniqueOrThrow({
    where: { id: workspaceId },
    select: { name: true, portalSettings: true },
  });
  const settings = workspace.portalSettings;
  return {
    cancelSubscription: settings?.cancelSubscription ?? DEFAULT_CAPABILITIES.cancelSubscription,
    updatePaymentMethod: settings?.updatePaymentMethod ?? DEFAULT_CAPABILITIES.updatePaymentMethod,
    viewInvoices: settings?.viewInvoices ?? DEFAULT_CAPABILITIES.viewInvoices,
    changePlan: settings?.changePlan ?? DEFAULT_CAPABILITIES.changePlan,
    brandName: settings?.brandName ?? workspace.name,
    accentColor: settings?.accentColor ?? null,
    logoUrl: settings?.logoUrl ?? null,
    customDomain: settings?.customDomain ?? null,
    customDomainVerified: Boolean(settings?.customDomain && settings.customDomainVerifiedAt),
  };
}

export function capabilitiesOf(settings: PortalSettingsView): PortalCapabilities {
  return {
    cancelSubscription: settings.cancelSubscription,
    updatePaymentMethod: settings.updatePaymentMethod,
    viewInvoices: settings.viewInvoices,
    changePlan: settings.changePlan,
  };
}
