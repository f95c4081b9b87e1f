// Every portal page: resolve the customer from the cookie on the server. Unknown session → 404;
// no live cookie → the front door (token exchange), which shows no customer data.
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getCspNonce, getPortalAccess } from "@/lib/portal/current-portal";
import { accentColors } from "@/lib/portal/accent-colors";
import { PortalEntry } from "@/components/portal/portal-entry";
import { PortalHeader } from "@/components/portal/portal-header";
import { PortalNav } from "@/components/portal/portal-nav";
import { SignOutButton } from "@/components/portal/sign-out-button";
import { signOut } from "./actions";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Billing",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

export default async function PortalLayout({ children, params }: { children: ReactNode; params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  const access = await getPortalAccess(sessionId);
  if (access.state === "unknown") notFound();
  const brand = access.state === "signed_in" ? access.context.brand : access.brand;
  const returnUrl = access.state === "signed_in" ? access.context.returnUrl : access.returnUrl;
  const colors = accentColors(brand.accentColor);
  const nonce = await getCspNonce();
  const theme = `:root{--accent:${colors.accent};--on-accent:${colors.onAccent};--accent-link:${colors.link}}`;

  return (
    <div className="min-h-screen">
      <style nonce={nonce}>{theme}</style>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        Skip to content
      </a>
      <PortalHeader brand={brand} returnUrl={returnUrl}>
        {access.state === "signed_in" ? <SignOutButton action={signOut.bind(null, sessionId)} /> : null}
      </PortalHeader>
      {access.state === "signed_in" ? (
        <>
          <PortalNav portalSessionId={sessionId} capabilities={access.context.capabilities} />
          <main id="main" className="mx-auto max-w-4xl px-4 pb-16 pt-6 sm:px-6">
            <PortalEntry portalSessionId={sessionId} isSignedIn />
            {children}
          </main>
        </>
      ) : (
        <main id="main" className="mx-auto max-w-xl px-4 pb-16 pt-10 sm:px-6">
          <h1 className="text-2xl font-semibold tracking-tight">Billing portal</h1>
          <div className="mt-4">
            {access.isExpired ? (
              <p className="text-slate-800">This link has expired. Go back and open the billing portal again.</p>
            ) : (
              <PortalEntry portalSessionId={sessionId} isSignedIn={false} />
            )}
          </div>
          <p className="mt-6">
            <a href={returnUrl} className="font-semibold text-[var(--accent-link)] underline underline-offset-2">
              Back to {brand.name}
            </a>
          </p>
        </main>
      )}
    </div>
  );
}
