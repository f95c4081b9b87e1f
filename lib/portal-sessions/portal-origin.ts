import "server-only";
import { env } from "../env";
import type { PortalSettingsView } from "../settings/portal-settings";

/** The workspace's verified custom domain when it has one, else the app's public origin. */
export function portalOrigin(settings: Pick<PortalSettingsView, "customDomain" | "customDomainVerified">): string {
  if (settings.customDomain && settings.customDomainVerified) return `https://${settings.customDomain}`;
  return env().portalOrigin;
}
