import "server-only";
import { Prisma, type PortalSettings } from "../generated/prisma/client";
import { prisma, type DatabaseClient } from "../db";
import { queryRows } from "../database/direct-statements";

export type PortalCapabilities = {
  cancelSubscription: boolean;
  updatePaymentMethod: boolean;
  viewInvoices: boolean;
  changePlan: boolean;
  updateBillingDetails: boolean;
};

export type PortalSettingsView = PortalCapabilities & {
  brandName: string;
  accentColor: string | null;
  logoUrl: string | null;
  customDomain: string | null;
  customDomainVerified: boolean;
};

/** Settings a workspace has not touched: every capability enabled (docs/api.md §7). */
export const DEFAULT_CAPABILITIES: PortalCapabilities = {
  cancelSubscription: true,
  updatePaymentMethod: true,
  viewInvoices: true,
  changePlan: true,
  updateBillingDetails: true,
};

export async function getPortalSettings(workspaceId: string, db: DatabaseClient = prisma): Promise<PortalSettingsView> {
  const workspace = await findWorkspaceSettings(workspaceId, db);
  const settings = workspace.portalSettings;
  return {
    cancelSubscription: settings?.cancelSubscription ?? DEFAULT_CAPABILITIES.cancelSubscription,
    updatePaymentMethod: settings?.updatePaymentMethod ?? DEFAULT_CAPABILITIES.updatePaymentMethod,
    viewInvoices: settings?.viewInvoices ?? DEFAULT_CAPABILITIES.viewInvoices,
    changePlan: settings?.changePlan ?? DEFAULT_CAPABILITIES.changePlan,
    updateBillingDetails: settings?.updateBillingDetails ?? DEFAULT_CAPABILITIES.updateBillingDetails,
    brandName: settings?.brandName ?? workspace.name,
    accentColor: settings?.accentColor ?? null,
    logoUrl: settings?.logoUrl ?? null,
    customDomain: settings?.customDomain ?? null,
    customDomainVerified: Boolean(settings?.customDomain && settings.customDomainVerifiedAt),
  };
}

/**
 * The workspace's name and settings row in one statement (every mint and portal page reads them;
 * docs/decisions/0014-mint-performance.md). The driver types the columns as the model declares them.
 */
async function findWorkspaceSettings(workspaceId: string, db: DatabaseClient): Promise<{ name: string; portalSettings: PortalSettings | null }> {
  type Row = PortalSettings & { workspaceName: string; settingsWorkspaceId: string | null };
  const query = Prisma.sql`
    SELECT w."name" AS "workspaceName", s."workspaceId" AS "settingsWorkspaceId", s.*
    FROM "Workspace" w LEFT JOIN "PortalSettings" s ON s."workspaceId" = w."id"
    WHERE w."id" = ${workspaceId}`;
  // Inside a transaction the statement must go through it; otherwise straight to the driver.
  const [row] = db === prisma ? await queryRows<Row>(query) : await db.$queryRaw<Row[]>(query);
  if (!row) throw new Error(`Workspace ${workspaceId} does not exist`);
  const { workspaceName, settingsWorkspaceId, ...settings } = row;
  return { name: workspaceName, portalSettings: settingsWorkspaceId === null ? null : settings };
}

export function capabilitiesOf(settings: PortalSettingsView): PortalCapabilities {
  return {
    cancelSubscription: settings.cancelSubscription,
    updatePaymentMethod: settings.updatePaymentMethod,
    viewInvoices: settings.viewInvoices,
    changePlan: settings.changePlan,
    updateBillingDetails: settings.updateBillingDetails,
  };
}
