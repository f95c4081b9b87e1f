// The 410 page for an expired portal link without a live cookie. Plain HTML from the proxy, because
// a page rendered by the App Router cannot choose its status code. It draws the portal's frame
// (app/portal/[sessionId]/layout.tsx: brand bar, navigation bar, main column, the brand's accent) in
// its own small stylesheet, in the customer's language (issue 12, items 7 and 9).
import { translator } from "../i18n/messages";
import { accentColors } from "./accent-colors";
import { DEFAULT_LOCALE } from "./negotiate-locale";

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
  const colors = accentColors(input.accentColor ?? null);
  const brand = escapeHtml(input.brandName);
  const mark = input.logoUrl
    ? `<img src="${escapeHtml(input.logoUrl)}" alt="" class="logo">`
    : `<span aria-hidden="true" class="mark">${escapeHtml(input.brandName.slice(0, 1).toUpperCase())}</span>`;
  return `<!doctype html>
<html lang="${escapeHtml(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(t("title"))} · ${brand}</title>
<style nonce="${escapeHtml(input.nonce)}">
*{box-sizing:border-box}
body{margin:0;min-height:100vh;font-family:ui-sans-serif,system-ui,sans-serif,"Apple Color Emoji","Segoe UI Emoji";background:#f8fafc;color:#0f172a;line-height:1.5;-webkit-font-smoothing:antialiased}
.bar{background:#fff;border-bottom:1px solid #e2e8f0}
.row{max-width:56rem;margin:0 auto;padding:1rem;min-height:4.25rem;display:flex;align-items:center;gap:.75rem}
.nav{max-width:56rem;margin:0 auto;height:2.875rem}
.mark{display:flex;width:2rem;height:2rem;align-items:center;justify-content:center;border-radius:.375rem;background:${colors.accent};color:${colors.onAccent};font-weight:700}
.logo{height:2rem;width:auto}
.brand{font-size:1.125rem;line-height:1.75rem;font-weight:600}
main{max-width:56rem;margin:0 auto;padding:1.5rem 1rem 4rem}
main>div{max-width:36rem}
h1{font-size:1.5rem;line-height:2rem;font-weight:600;letter-spacing:-.025em;margin:0}
p{margin:1rem 0 0;color:#1e293b}
p.back{margin-top:1.5rem}
a{color:${colors.link};font-weight:600;text-decoration:underline;text-underline-offset:2px}
a:focus-visible{outline:3px solid #2563eb;outline-offset:2px}
@media (min-width:40rem){.row,main{padding-left:1.5rem;padding-right:1.5rem}}
</style>
</head>
<body>
<header class="bar"><div class="row">${mark}<span class="brand">${brand}</span></div></header>
<div class="bar" aria-hidden="true"><div class="nav"></div></div>
<main id="main"><div>
<h1>${escapeHtml(t("heading"))}</h1>
<p>${escapeHtml(t("body", { brand: input.brandName }))}</p>
<p class="back"><a href="${escapeHtml(input.returnUrl)}">${escapeHtml(t("back", { brand: input.brandName }))}</a></p>
</div></main>
</body>
</html>`;
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
