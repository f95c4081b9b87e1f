// The portal's front door (docs/api.md §7.4, docs/decisions/0006-portal-entry.md): the inline script
// that exchanges the URL's #t for the cookie before anything is painted, and, for a browser that is
// not signed in, the message a refused link shows. A signed-in browser gets only the script, which
// removes a fragment it may still carry.
import { getTranslations } from "next-intl/server";
import { getCspNonce } from "@/lib/portal/current-portal";
import { PENDING_STYLESHEET, portalEntryScript } from "./portal-entry-script";
import { PortalEntryStatus, type EntryMessages } from "./portal-entry-status";

export async function PortalEntry({ portalSessionId, isSignedIn }: { portalSessionId: string; isSignedIn: boolean }) {
  const nonce = await getCspNonce();
  const script = (
    <script nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: portalEntryScript(portalSessionId, { exchange: !isSignedIn }) }} />
  );
  if (isSignedIn) return script;
  const t = await getTranslations("entry");
  const messages: EntryMessages = {
    no_token: t("no_token"),
    used: t("used"),
    expired: t("expired"),
    invalid: t("invalid"),
    rate_limited: t("rate_limited"),
    error: t("error"),
  };
  return (
    <>
      {/* React hoists this into <head>: render-blocking, so nothing is painted before the script runs. */}
      <link rel="stylesheet" href={PENDING_STYLESHEET} precedence="portal-entry" />
      <noscript>
        <style nonce={nonce}>{"html{visibility:visible!important}"}</style>
      </noscript>
      {script}
      <PortalEntryStatus portalSessionId={portalSessionId} messages={messages} />
      <noscript>
        <p className="text-slate-800">{t("needsJavaScript")}</p>
      </noscript>
    </>
  );
}
