// The 410 page for an expired portal link without a live cookie. Plain HTML from the proxy, because
// a page rendered by the App Router cannot choose its status code; it wears the portal's frame
// (plain-portal-page.ts) in the customer's language (issue 12, items 7 and 9).
import { translator } from "../i18n/messages";
import { DEFAULT_LOCALE } from "./negotiate-locale";
import { escapeHtml, plainPortalPage } from "./plain-portal-page";

export type ExpiredPageInput = {
  brandName: string;
  accentColor?: string | null;
  logoUrl?: string | null;
  returnUrl: string;
  nonce: string;
  locale?: string;
};

export function expiredPortalPage(input: ExpiredPageInput): string {
  const locale = input.locale ?? DEFAULT_LOCALE;
  const t = translator(locale, "expired");
  return plainPortalPage({
    locale,
    title: `${t("title")} · ${input.brandName}`,
    brandName: input.brandName,
    accentColor: input.accentColor ?? null,
    logoUrl: input.logoUrl ?? null,
    nonce: input.nonce,
    skipToContent: translator(locale, "layout")("skipToContent"),
    main: `<h1>${escapeHtml(t("heading"))}</h1>
<p>${escapeHtml(t("body", { brand: input.brandName }))}</p>
<p class="back"><a href="${escapeHtml(input.returnUrl)}">${escapeHtml(t("back", { brand: input.brandName }))}</a></p>`,
  });
}
