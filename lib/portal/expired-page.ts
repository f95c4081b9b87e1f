// The 410 page for an expired portal link without a live cookie. Plain HTML from the proxy, because
// a page rendered by the App Router cannot choose its status code.
export function expiredPortalPage(input: { brandName: string; returnUrl: string; nonce: string }): string {
  const brand = escapeHtml(input.brandName);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Link expired · ${brand}</title>
<style nonce="${escapeHtml(input.nonce)}">
body{margin:0;font-family:ui-sans-serif,system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;background:#f8fafc;color:#0f172a}
main{max-width:32rem;margin:0 auto;padding:4rem 1.5rem}
h1{font-size:1.5rem;margin:0 0 1rem}
p{line-height:1.5;color:#1e293b}
a{color:#1e40af;font-weight:600}
a:focus-visible{outline:3px solid #2563eb;outline-offset:2px}
</style>
</head>
<body>
<main>
<h1>This link has expired</h1>
<p>Billing links work for 15 minutes. Go back to ${brand} and open the billing portal again to get a fresh link.</p>
<p><a href="${escapeHtml(input.returnUrl)}">Back to ${brand}</a></p>
</main>
</body>
</html>`;
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
