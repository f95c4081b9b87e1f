// "Who is this customer": every portal page and action resolves its customer here, from the portal
// session id in the path and the browser's cookie — never from anything else the browser sends.
import "server-only";
import { prisma } from "../db";
import { now } from "../clock";
import type { Tenant } from "../tenancy";
import { DEFAULT_CAPABILITIES, getPortalSettings, type PortalCapabilities } from "../settings/portal-settings";
import { findLiveBrowserSession } from "./browser-sessions";
import { exchangeOrigins } from "./portal-hosts";

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
  const session = await prisma.portalSession.findUnique({ where: { id: portalSessionId } });
  if (!session) return { state: "unknown" };
  const [settings, browserSession] = await Promise.all([getPortalSettings(session.workspaceId), findLiveBrowserSession(portalSessionId, cookieValue)]);
  const brand = { name: settings.brandName, accentColor: settings.accentColor, logoUrl: settings.logoUrl };
  if (!browserSession) {
    return { state: "signed_out", isExpired: session.expiresAt <= now(), returnUrl: session.returnUrl, brand };
  }
  const workspace = await prisma.workspace.findUniqueOrThrow({ where: { id: session.workspaceId }, select: { accountId: true } });
  return {
    state: "signed_in",
    context: {
      portalSessionId,
      tenant: {
        workspaceId: session.workspaceId,
        accountId: workspace.accountId,
        mode: session.mode === "live" ? "live" : "test",
      },
      customerId: session.customerId,
      returnUrl: session.returnUrl,
      capabilities: { ...DEFAULT_CAPABILITIES, ...(JSON.parse(session.capabilities) as Partial<PortalCapabilities>) },
      brand,
    },
  };
}

/** A link the browser is not signed in to: what the proxy's own pages (410, front door) need to draw. */
export type SignedOutPortalLink = {
  isExpired: boolean;
  brandName: string;
  accentColor: string | null;
  logoUrl: string | null;
  returnUrl: string;
  /** The origins whose pages may exchange the link's token (portal-hosts.ts). */
  exchangeOrigins: string[];
};

/**
 * For the proxy, on every portal page request: the link when the browser has no live cookie for it,
 * else null. `onlyIfExpired` (a page the front door does not answer) stops after one query for a
 * link still valid; otherwise a browser with a cookie costs a second query, and a signed-out one
 * the settings read for the brand.
 */
export async function findSignedOutPortalLink(
  portalSessionId: string,
  cookieValue: string | undefined,
  options: { onlyIfExpired: boolean },
): Promise<SignedOutPortalLink | null> {
  if (!/^ps_[0-9A-HJKMNP-TV-Z]{26}$/.test(portalSessionId)) return null;
  const session = await prisma.portalSession.findUnique({
    where: { id: portalSessionId },
    select: { workspaceId: true, returnUrl: true, expiresAt: true },
  });
  if (!session) return null;
  const isExpired = session.expiresAt <= now();
  if (!isExpired && options.onlyIfExpired) return null;
  if (await findLiveBrowserSession(portalSessionId, cookieValue)) return null;
  const settings = await getPortalSettings(session.workspaceId);
  const { brandName, accentColor, logoUrl } = settings;
  return { isExpired, brandName, accentColor, logoUrl, returnUrl: session.returnUrl, exchangeOrigins: exchangeOrigins(settings) };
}
