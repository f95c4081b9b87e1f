// The frame of every portal server action (app/portal/[sessionId]/actions.ts and
// ./subscriptions/actions.ts): re-resolve the signed-in customer from the cookie (or back to the
// front door), run the work, then redirect with its message to `successPath` (plus any query the
// work returns), or on refusal to `failurePath` (an unknown object: the overview).
import "server-only";
import { redirect } from "next/navigation";
import { AppError } from "../errors";
import { log } from "../log";
import { requirePortalCustomer } from "./current-portal";
import { setFlash } from "./flash";
import { customerMessageFor, unexpectedFailureMessage } from "./portal-action-messages";
import type { PortalCustomerContext } from "./portal-access";

export type PortalActionResult = string | { message: string; query: string };

export async function performPortalAction(
  portalSessionId: string,
  successPath: string,
  work: (portal: PortalCustomerContext) => Promise<PortalActionResult>,
  failurePath = successPath,
): Promise<never> {
  const portal = await requirePortalCustomer(portalSessionId);
  let destination: string;
  try {
    const done = await work(portal);
    const { message, query } = typeof done === "string" ? { message: done, query: "" } : done;
    destination = `${successPath}?flash=${await setFlash(portal.portalSessionId, "success", message)}${query ? `&${query}` : ""}`;
  } catch (error) {
    if (!(error instanceof AppError)) {
      log("error", "portal action failed", { portalSessionId: portal.portalSessionId, error: error instanceof Error ? error.name : "unknown" });
    }
    const message = error instanceof AppError ? await customerMessageFor(error) : await unexpectedFailureMessage();
    const path = error instanceof AppError && error.code === "not_found" ? `/portal/${portal.portalSessionId}` : failurePath;
    destination = `${path}?flash=${await setFlash(portal.portalSessionId, "error", message)}`;
  }
  redirect(destination);
}
