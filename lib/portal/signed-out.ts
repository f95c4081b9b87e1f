// "You are signed out" (issue 12, item 9): signing out leaves a short-lived marker cookie on the portal
// session's path, so the page it lands on says so and offers the one way back, instead of the front
// door's "open this page from the link". The marker holds no data and a link cannot set it; a portal
// link works once (docs/api.md §7), so no later sign-in on this path meets a stale marker.
import "server-only";
import { cookies } from "next/headers";
import { SIGNED_OUT_COOKIE_NAME, portalCookiePath } from "./portal-cookie";

const SIGNED_OUT_SECONDS = 10 * 60;

export async function markSignedOut(portalSessionId: string): Promise<void> {
  (await cookies()).set(SIGNED_OUT_COOKIE_NAME, "1", {
    httpOnly: true,
    sameSite: "lax",
    path: portalCookiePath(portalSessionId),
    maxAge: SIGNED_OUT_SECONDS,
  });
}

export async function wasSignedOut(): Promise<boolean> {
  return (await cookies()).get(SIGNED_OUT_COOKIE_NAME)?.value === "1";
}
