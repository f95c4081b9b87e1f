// A portal page whose title names what it shows ("Invoice INV-000001"): generateMetadata resolves the
// signed-in customer as the page does; the portal layout's template adds the merchant's brand. A
// signed-out browser keeps the layout's title; an object that is not the customer's is the 404.
import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getPortalAccess, getPortalCustomer } from "./current-portal";
import type { PortalCustomerContext } from "./portal-access";

export function portalPageTitle<Params extends { sessionId: string }>(title: (portal: PortalCustomerContext, params: Params) => Promise<string>) {
  return async function generateMetadata(props: { params: Promise<Params> }): Promise<Metadata> {
    const params = await props.params;
    const portal = await getPortalCustomer(params.sessionId);
    return portal ? { title: await title(portal, params) } : {};
  };
}

/**
 * A portal layout's title, "<title> · <brand>", and the template its pages' titles take. A layout
 * that names itself drops the template above it (Next.js metadata), so each portal layout sets it again.
 */
export async function brandedLayoutTitle(portalSessionId: string, title: string): Promise<Metadata["title"]> {
  const access = await getPortalAccess(portalSessionId);
  if (access.state === "unknown") return (await getTranslations("metadata"))("pageNotFound");
  const brandName = (access.state === "signed_in" ? access.context.brand : access.brand).name;
  return { absolute: `${title} · ${brandName}`, template: `%s · ${brandName}` };
}
