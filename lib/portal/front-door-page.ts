// The link's front door (docs/api.md §7.4, docs/decisions/0017-front-door-without-react.md): what
// GET /portal/<id> answers a browser with no live cookie. Plain HTML from the proxy, in the portal's
// frame (plain-portal-page.ts), with no stylesheet to wait for and no React to load: one inline
// script, admitted by the request's CSP nonce, runs as soon as it is parsed. It takes `t` from the
// fragment and removes the fragment from the address bar straight away (history.replaceState); it
// posts the token once (JSON, same origin, never in a URL) and, on 204, loads the same path again,
// now with the cookie. Until then the page is hidden (the `#entry-pending` style), so nothing of the
// front door is painted: the first thing the customer sees is their billing page. Without a token,
// or on a refusal (used, expired, invalid, limited, any other failure), the script shows the
// refusal's message, translated here, and then the page. Without JavaScript a <noscript> style
// shows the page with a message asking for JavaScript; the link stays unused.
import { translator } from "../i18n/messages";
import { escapeHtml, plainPortalPage } from "./plain-portal-page";

export type FrontDoorPageInput = {
  portalSessionId: string;
  brandName: string;
  accentColor: string | null;
  logoUrl: string | null;
  returnUrl: string;
  nonce: string;
  locale: string;
};

/** What the front door can tell a customer it did not sign in, by the exchange's `reason` (§7.4). */
export const FRONT_DOOR_REFUSALS = ["no_token", "used", "expired", "invalid", "rate_limited", "error"] as const;

export function frontDoorPage(input: FrontDoorPageInput): string {
  const layout = translator(input.locale, "layout");
  const entry = translator(input.locale, "entry");
  const messages = Object.fromEntries(FRONT_DOOR_REFUSALS.map((refusal) => [refusal, entry(refusal)]));
  const nonce = escapeHtml(input.nonce);
  return plainPortalPage({
    locale: input.locale,
    title: `${translator(input.locale, "metadata")("billing")} · ${input.brandName}`,
    brandName: input.brandName,
    accentColor: input.accentColor,
    logoUrl: input.logoUrl,
    nonce: input.nonce,
    skipToContent: layout("skipToContent"),
    head: `
<style nonce="${nonce}" id="entry-pending">html{visibility:hidden}</style>
<noscript><style nonce="${nonce}">html{visibility:visible!important}</style></noscript>`,
    main: `<h1>${escapeHtml(layout("billingPortal"))}</h1>
<p role="status" id="entry-status"></p>
<noscript><p>${escapeHtml(entry("needsJavaScript"))}</p></noscript>
<p class="back"><a href="${escapeHtml(input.returnUrl)}">${escapeHtml(layout("backTo", { brand: input.brandName }))}</a></p>`,
    end: `
<script nonce="${nonce}">${frontDoorScript(input.portalSessionId, messages)}</script>`,
  });
}

/**
 * The inline script's source. It carries the session id from the path (already found to be a
 * session's id) and the translated messages; `<` is escaped so nothing in it can close the element.
 */
export function frontDoorScript(portalSessionId: string, messages: Record<string, string>): string {
  const exchangePath = `/portal/${encodeURIComponent(portalSessionId)}/session`;
  const source = `(function () {
  var d = document, l = location, h = l.hash, messages = ${JSON.stringify(messages)};
  var t = new URLSearchParams(h.slice(1)).get("t");
  if (h) history.replaceState(null, "", l.pathname + l.search);
  var show = function (reason) {
    d.getElementById("entry-status").textContent = Object.prototype.hasOwnProperty.call(messages, reason) ? messages[reason] : messages.error;
    var pending = d.getElementById("entry-pending");
    if (pending) pending.remove();
  };
  if (!t) { show("no_token"); return; }
  fetch(${JSON.stringify(exchangePath)}, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ token: t }),
    credentials: "same-origin",
    cache: "no-store"
  }).then(function (response) {
    if (response.ok) { l.replace(l.pathname + l.search); return; }
    return response.json().then(function (body) { show(body && body.reason); }, function () { show("error"); });
  }, function () { show("error"); });
})();`;
  return source.replace(/</g, "\\u003c");
}
