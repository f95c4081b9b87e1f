// "Who is this customer": every portal page and action resolves its customer here, from the portal
// session id in the path and the browser's cookie — never from anything else the browser sends.
import "server-only";
import { prisma } from "../db";
import { now } from "../clock";
import type { Tenant } from "../tenancy";
import { DEFAULT_CAPABILITIES, getPortalSettings, type PortalCapabilities } from "../settings/portal-settings";
import { findLiveBrowserSession } from "./browser-sessions";

export type PortalBrand = { name: string; accentColor: string | null; logoUrl: string | null };

export type PortalCustomerContext = {
  portalSessionId: string;
  tenant: Tenant;
  customerId: string;
  returnUrl: string;
  capabilities: PortalCapabilities;
  brand: PortalBrand;
};

export type PortalAccess =
  | { state: "unknown" }
  | { state: "signed_out"; isExpired: boolean; returnUrl: string; brand: PortalBrand }
  | { state: "signed_in"; context: PortalCustomerContext };

export async function resolvePortalAccess(portalSessionId: string, cookieValue: string | undefined): Promise<PortalAccess> {
  if (!/^ps_[0-9A-HJKMNP-TV-Z]{26}$/.test(portalSessionId)) return { state: "unknown" };
  const session = await prisma.portalSession.findUnique({
    where: { id: portalSessionId },
    include: { customer: { select: { workspace: { select: { accountId: true } } } } },
  });
  if (!session) return { state: "unknown" };
  const settings = await getPortalSettings(session.workspaceId);
  const brand = { name: settings.brandName, accentColor: settings.accentColor, logoUrl: settings.logoUrl };
  const browserSession = await findLiveBrowserSession(portalSessionId, cookieValue);
  if (!browserSession) {
    return { state: "signed_out", isExpired: session.expiresAt <= now(), returnUrl: session.returnUrl, brand };
  }
  return {
    state: "signed_in",
    context: {
      portalSessionId,
      tenant: {
        workspaceId: session.workspaceId,
        accountId: session.customer.workspace.accountId,
        mode: session.mode === "live" ? "live" : "test",
      },
      customerId: session.customerId,
      returnUrl: session.returnUrl,
      capabilities: { ...DEFAULT_CAPABILITIES, ...(JSON.parse(session.capabilities) as Partial<PortalCapabilities>) },
      brand,
    },
  };
}

/**
 * For the proxy, on every portal page request: the brand and return URL when the link has expired
 * and the browser has no live cookie (the 410 case), else null. A link still valid costs one query.
 */
export async function findExpiredPortalLink(
  portalSessionId: string,
  cookieValue: string | undefined,
): Promise<{ brandName: string; accentColor: string | null; logoUrl: string | null; returnUrl: string } | null> {
  if (!/^ps_[0-9A-HJKMNP-TV-Z]{26}$/.test(portalSessionId)) return null;
  const session = await prisma.portalSession.findUnique({
    where: { id: portalSessionId },
    select: { workspaceId: true, returnUrl: true, expiresAt: true },
  });
  if (!session || session.expiresAt > now()) return null;
  if (await findLiveBrowserSession(portalSessionId, cookieValue)) return null;
  const settings = await getPortalSettings(session.workspaceId);
  return { brandName: settings.brandName, accentColor: settings.accentColor, logoUrl: settings.logoUrl, returnUrl: session.returnUrl };
}
