// The front door's inline script (docs/api.md §7.4, docs/decisions/0006-portal-entry.md, 0013). It runs
// while the document is still being parsed, before anything is painted: it takes `t` from the
// fragment and removes the fragment from the address bar straight away (history.replaceState), and
// when the browser is not signed in yet it posts the token once (JSON, same origin, never in a URL)
// and, on 204, loads the same path again, now with the cookie. Until then the page stays hidden by a
// stylesheet React places in <head> (PENDING_STYLESHEET), render-blocking, so nothing of the front
// door is painted: the first thing the customer sees is their billing page. A refusal (used,
// expired, invalid, limited) is handed to PortalEntryStatus, which shows its message and then the
// page; the page also shows itself after a few seconds should that never happen.
// The script carries no data of the request but the session id from the path, which the layout has
// already found to be a session's id; the CSP admits it by the request's nonce (lib/portal/security-headers.ts).

/** What the script leaves for PortalEntryStatus in `window.__plugipayPortalEntry`. */
export type PortalEntryHandoff = { outcome: Promise<string>; reveal: () => void };

export const REVEAL_FALLBACK_MS = 4000;

/** The stylesheet that hides the front door until the exchange is over (public/portal-entry.css). */
export const PENDING_STYLESHEET = "/portal-entry.css";

/** Shows the page again: disables the pending stylesheet (React keeps stylesheets it hoisted). */
export function revealPage(): void {
  const sheet = document.querySelector<HTMLLinkElement>(`link[href="${PENDING_STYLESHEET}"]`);
  if (sheet) sheet.disabled = true;
}

function exchangeSource(exchangePath: string): string {
  return `
  var reveal = function () { var sheet = d.querySelector('link[href="${PENDING_STYLESHEET}"]'); if (sheet) sheet.disabled = true; };
  if (!t) { reveal(); w.__plugipayPortalEntry = { outcome: Promise.resolve("no_token"), reveal: reveal }; return; }
  var known = ["used", "expired", "invalid", "rate_limited"];
  var outcome = fetch(${JSON.stringify(exchangePath)}, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ token: t }),
    credentials: "same-origin",
    cache: "no-store"
  }).then(function (response) {
    if (response.ok) { l.replace(l.pathname + l.search); return new Promise(function () {}); }
    return response.json().then(function (body) { return body && known.indexOf(body.reason) >= 0 ? body.reason : "error"; }, function () { return "error"; });
  }, function () { return "error"; });
  outcome.then(function () { setTimeout(reveal, ${REVEAL_FALLBACK_MS}); });
  w.__plugipayPortalEntry = { outcome: outcome, reveal: reveal };`;
}

/**
 * The script's source. `exchange: false` (a signed-in browser) only removes the fragment.
 * `<` is escaped so that nothing in it can close the script element.
 */
export function portalEntryScript(portalSessionId: string, options: { exchange: boolean }): string {
  const exchangePath = `/portal/${encodeURIComponent(portalSessionId)}/session`;
  const source = `(function () {
  var w = window, d = document, l = location, h = l.hash;
  var t = new URLSearchParams(h.slice(1)).get("t");
  if (h) history.replaceState(null, "", l.pathname + l.search);${options.exchange ? exchangeSource(exchangePath) : ""}
})();`;
  return source.replace(/</g, "\\u003c");
}
