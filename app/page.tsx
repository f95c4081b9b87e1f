import { getTranslations } from "next-intl/server";

// The home page is the same for everyone, so it is rendered once at build time, in English (request
// headers read as empty while prerendering, so the locale negotiates to the default): the portal's
// pages negotiate Accept-Language per request, this one need not (issue 11 measures the portal against it).
export const dynamic = "force-static";

export default async function HomePage() {
  const t = await getTranslations("home");
  return (
    <main className="mx-auto max-w-2xl px-6 py-16">
      <h1 className="text-3xl font-semibold tracking-tight">{t("heading")}</h1>
      <p className="mt-4 text-slate-700">{t.rich("server", { code: (chunks) => <code className="rounded bg-slate-200 px-1">{chunks}</code> })}</p>
      <p className="mt-4 text-slate-700">{t("customers")}</p>
    </main>
  );
}
