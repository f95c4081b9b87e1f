"use client";
// The front door's message (docs/api.md §7.4). The inline script (portal-entry-script.ts) has normally
// done the exchange already and hands over its outcome; this leaf shows the refusal's message, then
// the page. Without the script's handoff (a client navigation to the front door) it reads #t and
// exchanges it itself, as the script would.
import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { revealPage, type PortalEntryHandoff } from "./portal-entry-script";

declare global {
  interface Window {
    __plugipayPortalEntry?: PortalEntryHandoff;
  }
}

export type Refusal = "no_token" | "used" | "expired" | "invalid" | "rate_limited" | "error";
type EntryOutcome = Refusal | "signed_in";

/** What each refusal tells the customer, in their language (translated by PortalEntry on the server). */
export type EntryMessages = Record<Refusal, string>;

const REFUSALS = ["no_token", "used", "expired", "invalid", "rate_limited", "error"] as const satisfies readonly Refusal[];

async function exchangeToken(portalSessionId: string, token: string): Promise<EntryOutcome> {
  try {
    const response = await fetch(`/portal/${encodeURIComponent(portalSessionId)}/session`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ token }),
      credentials: "same-origin",
    });
    if (response.ok) return "signed_in";
    const body = (await response.json().catch(() => ({}))) as { reason?: string };
    return REFUSALS.find((reason) => reason === body.reason) ?? "error";
  } catch {
    return "error";
  }
}

function exchangeHere(portalSessionId: string): Promise<EntryOutcome> {
  const token = new URLSearchParams(window.location.hash.slice(1)).get("t");
  // Passing null lets Next.js's router adopt the new URL, so a later refresh does not restore #t.
  if (window.location.hash) window.history.replaceState(null, "", window.location.pathname + window.location.search);
  return token ? exchangeToken(portalSessionId, token) : Promise.resolve("no_token");
}

export function PortalEntryStatus({ portalSessionId, messages }: { portalSessionId: string; messages: EntryMessages }) {
  const router = useRouter();
  const started = useRef(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const handoff = window.__plugipayPortalEntry;
    const outcome = handoff ? handoff.outcome.then((result) => REFUSALS.find((reason) => reason === result) ?? "error") : exchangeHere(portalSessionId);
    // The outcome arrives as a promise, so the state is set in its callback, not in the effect.
    void outcome.then((result) => (result === "signed_in" ? router.refresh() : setRefusal(result)));
  }, [portalSessionId, router]);

  // Shown only once the message is on the page, so the first paint is never an empty front door.
  useEffect(() => {
    if (refusal) revealPage();
  }, [refusal]);

  return (
    <p role="status" className="text-slate-800">
      {refusal ? messages[refusal] : null}
    </p>
  );
}
