"use server";
// Signing out: the browser session is revoked and its cookie dropped, and the page it lands on says
// the customer is signed out (lib/portal/signed-out.ts; issue 12, item 9).
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { revokeBrowserSession } from "@/lib/portal/browser-sessions";
import { PORTAL_COOKIE_NAME, portalCookiePath } from "@/lib/portal/portal-cookie";
import { markSignedOut } from "@/lib/portal/signed-out";

export async function signOutAction(portalSessionId: string): Promise<void> {
  const cookieStore = await cookies();
  await revokeBrowserSession(portalSessionId, cookieStore.get(PORTAL_COOKIE_NAME)?.value);
  cookieStore.delete({ name: PORTAL_COOKIE_NAME, path: portalCookiePath(portalSessionId) });
  await markSignedOut(portalSessionId);
  redirect(`/portal/${portalSessionId}`);
}
