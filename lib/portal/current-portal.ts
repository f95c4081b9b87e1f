// The portal request's view of "who is this": reads the path-scoped cookie and resolves it once per
// request (React cache), for layouts, pages, route handlers and server actions alike.
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { AppError } from "../errors";
import { resolvePortalAccess, type PortalCustomerContext } from "./portal-access";
import { PORTAL_COOKIE_NAME } from "./portal-cookie";

export const getPortalAccess = cache(async (portalSessionId: string) => {
  const cookieStore = await cookies();
  return resolvePortalAccess(portalSessionId, cookieStore.get(PORTAL_COOKIE_NAME)?.value);
});

/** The signed-in customer of this portal session, or null (pages then render nothing of theirs). */
export async function getPortalCustomer(portalSessionId: string): Promise<PortalCustomerContext | null> {
  const access = await getPortalAccess(portalSessionId);
  return access.state === "signed_in" ? access.context : null;
}

/** For server actions: the signed-in customer, or back to the portal's front door. */
export async function requirePortalCustomer(portalSessionId: string): Promise<PortalCustomerContext> {
  const context = await getPortalCustomer(portalSessionId);
  if (!context) redirect(`/portal/${encodeURIComponent(portalSessionId)}`);
  return context;
}

/** The customer's locale from Accept-Language, in one of the portal's languages (lib/i18n/request-locale.ts). */
export { getRequestLocale } from "../i18n/request-locale";

export async function getCspNonce(): Promise<string | undefined> {
  return (await headers()).get("x-nonce") ?? undefined;
}

/** Runs a lookup; a missing or foreign object becomes the 404 page. */
export async function orNotFound<T>(lookup: Promise<T>): Promise<T> {
  try {
    return await lookup;
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}
