// A signed-in browser that opens its link again (docs/api.md §7.4) gets the portal itself, not the
// front door; this inline script, admitted by the request's CSP nonce, still takes the `#t`
// fragment out of the address bar as the page is parsed, so it does not linger in the history.
import { getCspNonce } from "@/lib/portal/current-portal";

const SOURCE = `(function () { var l = location; if (l.hash) history.replaceState(null, "", l.pathname + l.search); })();`;

export async function RemoveLinkFragment() {
  return <script nonce={await getCspNonce()} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: SOURCE }} />;
}
