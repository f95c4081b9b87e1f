// Attempt step of the delivery worker (docs/api.md §8): POST one claimed delivery's signed body, then
// record the outcome in one transaction (lib/webhooks/record-delivery-attempt.ts).
import "server-only";
import { env } from "../env";
import { now, nowEpochSeconds, nowMs } from "../clock";
import { log } from "../log";
import type { Mode } from "../tenancy";
import { CONNECTION_FAILED, postWebhook, type AttemptOutcome } from "./deliver-request";
import type { DeliveryCandidate, DeliverySettings } from "./delivery-settings";
import { signingSecretsOf } from "./endpoint-secrets";
import { recordDeliveryAttempt } from "./record-delivery-attempt";
import { SIGNATURE_HEADER, signatureHeader } from "./sign-delivery";
import { webhookUrlProblem } from "./webhook-url";

/** Sends a delivery this worker has claimed and records the attempt; throws LeaseLostError when the lease was taken over meanwhile. */
export async function attemptDelivery(delivery: DeliveryCandidate, settings: DeliverySettings): Promise<void> {
  const { endpoint } = delivery;
  const attemptNumber = delivery.attempts + 1;
  const startedMs = nowMs();
  const outcome = await send(delivery, settings.timeoutMs);
  const durationMs = Math.max(0, Math.round(nowMs() - startedMs));

  await recordDeliveryAttempt(delivery, { outcome, attemptNumber, durationMs, settings });

  const fields = { deliveryId: delivery.id, endpointId: endpoint.id, eventId: delivery.eventId, attempt: attemptNumber, durationMs };
  if (outcome.ok) log("info", "webhook delivered", { ...fields, responseCode: outcome.responseCode });
  else log("warn", "webhook delivery attempt failed", { ...fields, responseCode: outcome.responseCode, error: outcome.error, detail: outcome.detail });
}

async function send(delivery: DeliveryCandidate, timeoutMs: number): Promise<AttemptOutcome> {
  const { endpoint } = delivery;
  const allowPrivateTargets = env().webhookAllowPrivateTargets;
  // URLs were checked when saved; check again, as the rules may have changed since. The merchant
  // sees the same generic failure as for a refused address (deliver-request.ts); the log says why.
  const problem = webhookUrlProblem(endpoint.url, endpoint.mode as Mode, { allowPrivateTargets });
  if (problem) return { ok: false, responseCode: null, error: CONNECTION_FAILED, detail: `endpoint URL not allowed: ${problem}` };
  let secrets: string[];
  try {
    secrets = signingSecretsOf(endpoint, now());
  } catch {
    return { ok: false, responseCode: null, error: "could not open the endpoint's signing secret" };
  }
  return postWebhook(
    endpoint.url,
    delivery.body,
    {
      [SIGNATURE_HEADER]: signatureHeader(delivery.body, secrets, nowEpochSeconds()),
      "X-Plugipay-Event-Id": delivery.eventId,
      "X-Plugipay-Delivery-Id": delivery.id,
    },
    { timeoutMs, allowPrivateTargets },
  );
}
