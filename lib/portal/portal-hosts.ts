// Which origins and hosts serve a portal session (docs/api.md §7.2, §7.6). PORTAL_ORIGIN serves
// every session; a workspace's verified custom domain serves only that workspace's sessions, so a
// link of another merchant opened on it is a 404 there. A host that is neither (a pending domain,
// an internal name) is treated like PORTAL_ORIGIN: its cookies are its own, and it names no merchant.
import "server-only";
import { prisma } from "../db";
import { env } from "../env";
import { getPortalSettings } from "../settings/portal-settings";
import { portalOrigin } from "../portal-sessions/portal-origin";

/** The origins whose pages may exchange this session's token: PORTAL_ORIGIN and the workspace's verified custom domain. */
export async function allowedPortalOrigins(portalSessionId: string): Promise<string[]> {
  const session = await prisma.portalSession.findUnique({ where: { id: portalSessionId }, select: { workspaceId: true } });
  return session ? exchangeOrigins(await getPortalSettings(session.workspaceId)) : [env().portalOrigin];
}

/** The same, from the session's workspace settings already read. */
export function exchangeOrigins(settings: Parameters<typeof portalOrigin>[0]): string[] {
  return [env().portalOrigin, portalOrigin(settings)];
}

/** False when `host` (the request's Host header) is another workspace's verified custom domain. */
export async function isPortalSessionServedOnHost(portalSessionId: string, host: string | null): Promise<boolean> {
  const hostname = customDomainCandidate(host);
  if (!hostname) return true;
  const owner = await prisma.portalSettings.findUnique({
    where: { customDomain: hostname },
    select: { workspaceId: true, customDomainVerifiedAt: true },
  });
  if (!owner?.customDomainVerifiedAt) return true;
  const session = await prisma.portalSession.findUnique({ where: { id: portalSessionId }, select: { workspaceId: true } });
  return session?.workspaceId === owner.workspaceId;
}

/** The Host header's name without its port, unless it is PORTAL_ORIGIN's or an IP literal in brackets. */
function customDomainCandidate(host: string | null): string | null {
  const value = host?.trim().toLowerCase();
  if (!value || value.startsWith("[")) return null;
  if (value === new URL(env().portalOrigin).host) return null;
  return value.replace(/:\d+$/, "").replace(/\.$/, "") || null;
}
