// Every portal page: resolve the customer from the cookie on the server. Unknown session → 404;
// no live cookie → no customer data. A link's landing without a live cookie never reaches this
// layout: the proxy answers it with the front door (lib/portal/front-door-page.ts, docs/api.md §7.4).
// What is left signed out: the signed-out page, and a page under the session opened or navigated to
// without a live cookie, which asks the customer to come back through the merchant's link. They
// share the signed-in pages' frame, as the proxy's pages do: the same header, a bar where the
// navigation goes and the same main column, so nothing jumps when the customer signs in (issue 12, item 9).
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCspNonce, getPortalAccess } from "@/lib/portal/current-portal";
import { brandedLayoutTitle } from "@/lib/portal/portal-page-title";
import { wasSignedOut } from "@/lib/portal/signed-out";
import { ErrorTextProvider } from "@/components/portal/error-text";
import { PortalHeader } from "@/components/portal/portal-header";
import { RemoveLinkFragment } from "@/components/portal/remove-link-fragment";
import { PortalNav, PortalNavPlaceholder } from "@/components/portal/portal-nav";
import { PortalTheme } from "@/components/portal/portal-theme";
import { SignOutButton } from "@/components/portal/sign-out-button";
import { inlineLink, pageHeading } from "@/components/ui/styles";
import { signOutAction } from "./sign-out-action";

export const dynamic = "force-dynamic";

const mainColumn = "mx-auto max-w-4xl px-4 pb-16 pt-6 sm:px-6";

// Titles name the page and the merchant's brand: "Invoices · Acme"; the overview (and the front
// door) is "Billing · Acme". Pages give their own title; the template adds the brand.
export async function generateMetadata({ params }: { params: Promise<{ sessionId: string }> }): Promise<Metadata> {
  const title = await brandedLayoutTitle((await params).sessionId, (await getTranslations("metadata"))("billing"));
  return { title, robots: { index: false, follow: false }, referrer: "same-origin" };
}

export default async function PortalLayout({ children, params }: { children: ReactNode; params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  const access = await getPortalAccess(sessionId);
  if (access.state === "unknown") notFound();
  const t = await getTranslations("layout");
  const tError = await getTranslations("error");
  const tEntry = await getTranslations("entry");
  const brand = access.state === "signed_in" ? access.context.brand : access.brand;
  const returnUrl = access.state === "signed_in" ? access.context.returnUrl : access.returnUrl;
  const nonce = await getCspNonce();

  return (
    <div className="min-h-screen">
      <PortalTheme accentColor={brand.accentColor} nonce={nonce} />
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("skipToContent")}
      </a>
      {access.state === "signed_in" ? (
        <>
          <PortalHeader brand={brand} returnUrl={returnUrl}>
            <SignOutButton action={signOutAction.bind(null, sessionId)} label={t("signOut")} />
          </PortalHeader>
          <PortalNav portalSessionId={sessionId} capabilities={access.context.capabilities} />
          <main id="main" className={mainColumn}>
            <RemoveLinkFragment />
            <ErrorTextProvider value={{ heading: tError("heading"), body: tError("body"), retry: tError("retry") }}>{children}</ErrorTextProvider>
          </main>
        </>
      ) : (
        <>
          {/* Signed out, the one way back is the link below the message, not one in the header too. */}
          <PortalHeader brand={brand} />
          <PortalNavPlaceholder />
          <main id="main" className={mainColumn}>
            <div className="max-w-xl">
              {access.isExpired ? (
                <>
                  <h1 className={pageHeading}>{t("billingPortal")}</h1>
                  <p className="mt-4 text-slate-800">{t("linkExpired")}</p>
                </>
              ) : (await wasSignedOut()) ? (
                <>
                  <h1 className={pageHeading}>{t("signedOutHeading")}</h1>
                  <p className="mt-4 text-slate-800">{t("signedOutBody", { brand: brand.name })}</p>
                </>
              ) : (
                <>
                  <h1 className={pageHeading}>{t("billingPortal")}</h1>
                  <p role="status" className="mt-4 text-slate-800">
                    {tEntry("no_token")}
                  </p>
                </>
              )}
              <p className="mt-6">
                <a href={returnUrl} className={`${inlineLink} underline-offset-2`}>
                  {t("backTo", { brand: brand.name })}
                </a>
              </p>
            </div>
          </main>
        </>
      )}
    </div>
  );
}
