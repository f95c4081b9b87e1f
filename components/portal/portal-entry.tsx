"use client";
// The one client leaf of the portal's front door: reads #t, exchanges it once for the httpOnly
// cookie (POST, never in a URL), and removes it from the address bar straight away.
import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";

type EntryState = "working" | "no_token" | "used" | "expired" | "invalid" | "error";

const MESSAGES: Record<Exclude<EntryState, "working">, string> = {
  no_token: "To manage your billing, open this page from the link on the website you came from.",
  used: "This link has already been used. Links work once, in one browser: go back and open the billing portal again.",
  expired: "This link has expired. Go back and open the billing portal again.",
  invalid: "This link is not valid. Go back and open the billing portal again.",
  error: "We could not sign you in just now. Please try again in a moment.",
};

export function PortalEntry({ portalSessionId, isSignedIn }: { portalSessionId: string; isSignedIn: boolean }) {
  const router = useRouter();
  const started = useRef(false);
  const [state, setState] = useState<EntryState>("working");

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const token = new URLSearchParams(window.location.hash.slice(1)).get("t");
    // Passing null lets Next.js's router adopt the new URL, so a later refresh does not restore #t.
    if (window.location.hash) window.history.replaceState(null, "", window.location.pathname + window.location.search);
    if (isSignedIn) return;
    if (!token) {
      setState("no_token");
      return;
    }
    fetch(`/portal/${encodeURIComponent(portalSessionId)}/session`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ token }),
      credentials: "same-origin",
    })
      .then(async (response) => {
        if (response.ok) {
          router.refresh();
          return;
        }
        const body = (await response.json().catch(() => ({}))) as { reason?: string };
        setState(body.reason === "used" || body.reason === "expired" || body.reason === "invalid" ? body.reason : "error");
      })
      .catch(() => setState("error"));
  }, [isSignedIn, portalSessionId, router]);

  if (isSignedIn) return null;
  return (
    <p role="status" className="text-slate-800">
      {state === "working" ? "Signing you in…" : MESSAGES[state]}
    </p>
  );
}
