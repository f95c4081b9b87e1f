// The link's front door (docs/api.md §7.4, docs/decisions/0017-front-door-without-react.md and
// 0018-front-door-form-entry.md): what GET /portal/<id> answers a browser with no live cookie. Plain
// HTML from the proxy, in the portal's frame (plain-portal-page.ts), with no stylesheet to wait for
// and no React to load: one inline script, admitted by the request's CSP nonce, runs as soon as it
// is parsed. It takes `t` from the fragment and removes the fragment from the address bar straight
// away (history.replaceState); it posts the token once, as the one field of a form submitted to the
// same path (never in a URL), and the answer to that post is the billing page itself (the proxy
// exchanges the token, front-door-entry.ts). Until then the page is hidden (the `#entry-pending`
// style), so nothing of the front door is painted: the first thing the customer sees is their
// billing page. Without a token the script shows the page with its message; a refused post (used,
// invalid, limited) is answered with this page, its message rendered here and nothing hidden.
// Without JavaScript a <noscript> style shows the page with a message asking for JavaScript; the
// link stays unused.
import { translator } from "../i18n/messages";
import { escapeHtml, plainPortalPage } from "./plain-portal-page";

export type FrontDoorPageInput = {
  brandName: string;
  accentColor: string | null;
  logoUrl: string | null;
  returnUrl: string;
  nonce: string;
  locale: string;
  /** Set when answering a refused entry: the page shows why, with no script and nothing hidden. */
  refusal?: FrontDoorRefusal;
};

/** What the front door can tell a customer it did not sign in (§7.4); an expired link is the 410 page. */
export const FRONT_DOOR_REFUSALS = ["no_token", "used", "invalid", "rate_limited"] as const;
export type FrontDoorRefusal = (typeof FRONT_DOOR_REFUSALS)[number];

/** The one field of the form the script posts (read by enter-with-token.ts). */
export const FORM_TOKEN_FIELD = "portal_token";

export function frontDoorPage(input: FrontDoorPageInput): string {
  const layout = translator(input.locale, "layout");
  const entry = translator(input.locale, "entry");
  const nonce = escapeHtml(input.nonce);
  const frame = {
    locale: input.locale,
    title: `${translator(input.locale, "metadata")("billing")} · ${input.brandName}`,
    brandName: input.brandName,
    accentColor: input.accentColor,
    logoUrl: input.logoUrl,
    nonce: input.nonce,
    skipToContent: layout("skipToContent"),
  };
  const back = `<p class="back"><a href="${escapeHtml(input.returnUrl)}">${escapeHtml(layout("backTo", { brand: input.brandName }))}</a></p>`;
  if (input.refusal) {
    return plainPortalPage({
      ...frame,
      main: `<h1>${escapeHtml(layout("billingPortal"))}</h1>
<p role="status" id="entry-status">${escapeHtml(entry(input.refusal))}</p>
${back}`,
    });
  }
  return plainPortalPage({
    ...frame,
    head: `
<style nonce="${nonce}" id="entry-pending">html{visibility:hidden}</style>
<noscript><style nonce="${nonce}">html{visibility:visible!important}</style></noscript>`,
    main: `<h1>${escapeHtml(layout("billingPortal"))}</h1>
<p role="status" id="entry-status"></p>
<noscript><p>${escapeHtml(entry("needsJavaScript"))}</p></noscript>
${back}`,
    end: `
<script nonce="${nonce}">${frontDoorScript(entry("no_token"))}</script>`,
  });
}

/**
 * The inline script's source: it carries the message for a link without a token; `<` is escaped so
 * nothing in it can close the element. The form goes to the page's own path, and nothing but the
 * token is in it.
 */
export function frontDoorScript(noTokenMessage: string): string {
  const source = `(function () {
  var d = document, l = location, h = l.hash;
  var t = new URLSearchParams(h.slice(1)).get("t");
  if (h) history.replaceState(null, "", l.pathname + l.search);
  if (!t) {
    d.getElementById("entry-status").textContent = ${JSON.stringify(noTokenMessage)};
    var pending = d.getElementById("entry-pending");
    if (pending) pending.remove();
    return;
  }
  var form = d.createElement("form"), field = d.createElement("input");
  form.method = "post";
  form.action = l.pathname + l.search;
  form.hidden = true;
  field.type = "hidden";
  field.name = ${JSON.stringify(FORM_TOKEN_FIELD)};
  field.value = t;
  form.appendChild(field);
  d.body.appendChild(form);
  form.submit();
})();`;
  return source.replace(/</g, "\\u003c");
}
