import { getTranslations } from "next-intl/server";
import type { PortalCapabilities } from "@/lib/settings/portal-settings";
import { navLink, pageBar } from "../ui/styles";
import { PortalNavLinks } from "./portal-nav-links";

export async function PortalNav({ portalSessionId, capabilities }: { portalSessionId: string; capabilities: PortalCapabilities }) {
  const t = await getTranslations("nav");
  const base = `/portal/${portalSessionId}`;
  const links = [
    { href: base, label: t("overview") },
    ...(capabilities.updatePaymentMethod ? [{ href: `${base}/payment-methods`, label: t("paymentMethods") }] : []),
    ...(capabilities.viewInvoices ? [{ href: `${base}/invoices`, label: t("invoices") }] : []),
    ...(capabilities.updateBillingDetails ? [{ href: `${base}/billing-details`, label: t("billingDetails") }] : []),
  ];
  return (
    <nav aria-label={t("label")} className={pageBar}>
      <ul className="mx-auto flex max-w-4xl gap-1 overflow-x-auto px-2 [scrollbar-width:none] sm:px-4">
        <PortalNavLinks links={links} />
      </ul>
    </nav>
  );
}

/** The navigation's bar, empty, for pages without it (signed out): the main column starts where it always does. */
export function PortalNavPlaceholder() {
  return (
    <div aria-hidden="true" className={pageBar}>
      <div className="mx-auto flex max-w-4xl px-2 sm:px-4">
        <span className={`${navLink} invisible`}>&nbsp;</span>
      </div>
    </div>
  );
}
