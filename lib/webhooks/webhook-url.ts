// Where an endpoint may point (docs/api.md §11). Any mode: an absolute http(s) URL of at most 2048
// characters with no credentials, whose host is not internal by its spelling: an IP literal of a
// loopback, private, link-local, shared, reserved or multicast range (or an IPv6 form carrying one),
// localhost, a cloud metadata name or a private-use suffix (lib/webhooks/webhook-target-guard.ts),
// unless the deployment allows private targets (WEBHOOK_ALLOW_PRIVATE_TARGETS=1, for local
// receivers). Live mode: https only. Names are checked again once resolved, at delivery.
import { AppError } from "../errors";
import type { Mode } from "../tenancy";
import { forbiddenHostReason } from "./webhook-target-guard";
import { webhookUrlShapeProblem } from "./webhook-schemas";

export type WebhookTargetPolicy = { allowPrivateTargets: boolean };

/** Why `value` cannot be a webhook URL in `mode`, or null when it can. */
export function webhookUrlProblem(value: string, mode: Mode, policy: WebhookTargetPolicy): string | null {
  const problem = webhookUrlShapeProblem(value);
  if (problem !== null) return problem;
  const url = new URL(value);
  if (mode === "live" && url.protocol !== "https:") return "must be an https:// URL for a live-mode endpoint";
  if (policy.allowPrivateTargets) return null;
  const hostReason = forbiddenHostReason(url.hostname);
  if (hostReason) {
    return `must not point to a loopback, private, link-local, shared, reserved or multicast address or an internal name (${url.hostname} ${hostReason})`;
  }
  return null;
}

export function assertWebhookUrlAllowed(value: string, mode: Mode, policy: WebhookTargetPolicy): void {
  const problem = webhookUrlProblem(value, mode, policy);
  if (problem) throw new AppError("VALIDATION_ERROR", `url: ${problem}`, { field: "url" });
}
