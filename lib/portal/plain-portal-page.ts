// The portal's frame as plain HTML, for the two pages the proxy answers itself before Next.js: the
// expired link's 410 (expired-page.ts) and the link's front door (front-door-page.ts). It draws what
// app/portal/[sessionId]/layout.tsx draws signed out (skip link, brand bar, navigation bar, the main
// column, the brand's accent) in its own small stylesheet, so the header, the column and the heading
// sit where the signed-in pages put them (issue 12, item 9; e2e/portal-frame.spec.ts).
import { accentColors } from "./accent-colors";

export type PlainPortalPageInput = {
  locale: string;
  title: string;
  brandName: string;
  accentColor: string | null;
  logoUrl: string | null;
  nonce: string;
  skipToContent: string;
  /** Trusted markup for <head> after the frame's stylesheet (each element carrying the nonce it needs). */
  head?: string;
  /** Trusted markup inside the main column. */
  main: string;
  /** Trusted markup after the main landmark, before </body>. */
  end?: string;
};

export function plainPortalPage(input: PlainPortalPageInput): string {
  const colors = accentColors(input.accentColor);
  const brand = escapeHtml(input.brandName);
  const mark = input.logoUrl
    ? `<img src="${escapeHtml(input.logoUrl)}" alt="" class="logo">`
    : `<span aria-hidden="true" class="mark">${escapeHtml(input.brandName.slice(0, 1).toUpperCase())}</span>`;
  return `<!doctype html>
<html lang="${escapeHtml(input.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(input.title)}</title>
<style nonce="${escapeHtml(input.nonce)}">
*{box-sizing:border-box}
body{margin:0;min-height:100vh;font-family:ui-sans-serif,system-ui,sans-serif,"Apple Color Emoji","Segoe UI Emoji";background:#f8fafc;color:#0f172a;line-height:1.5;-webkit-font-smoothing:antialiased}
.skip{position:absolute;left:-10000px;top:auto;width:1px;height:1px;overflow:hidden}
.skip:focus{left:.5rem;top:.5rem;width:auto;height:auto;z-index:10;border-radius:.25rem;background:#fff;padding:.5rem .75rem}
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
</style>${input.head ?? ""}
</head>
<body>
<a href="#main" class="skip">${escapeHtml(input.skipToContent)}</a>
<header class="bar"><div class="row">${mark}<span class="brand">${brand}</span></div></header>
<div class="bar" aria-hidden="true"><div class="nav"></div></div>
<main id="main"><div>
${input.main}
</div></main>${input.end ?? ""}
</body>
</html>`;
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
