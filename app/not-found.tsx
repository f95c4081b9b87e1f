import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getCspNonce } from "@/lib/portal/current-portal";
import { PortalHeader } from "@/components/portal/portal-header";
import { PortalNavPlaceholder } from "@/components/portal/portal-nav";
import { PortalTheme } from "@/components/portal/portal-theme";
import { pageHeading } from "@/components/ui/styles";

// An unknown link names no merchant: the portal's frame (app/portal/[sessionId]/layout.tsx) with
// Plugipay's own name and accent (issue 12, item 9).
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("metadata"))("pageNotFound") };
}

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <div className="min-h-screen">
      <PortalTheme accentColor={null} nonce={await getCspNonce()} />
      <PortalHeader brand={{ name: "Plugipay", logoUrl: null }} />
      <PortalNavPlaceholder />
      <main id="main" className="mx-auto max-w-4xl px-4 pb-16 pt-6 sm:px-6">
        <div className="max-w-xl">
          <h1 className={pageHeading}>{t("heading")}</h1>
          <p className="mt-4 text-slate-700">{t("body")}</p>
        </div>
      </main>
    </div>
  );
}
