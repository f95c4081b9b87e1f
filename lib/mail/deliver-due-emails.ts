// The worker's email step (docs/api.md §10.5): claim due outbox messages with a lease, send each
// over SMTP, and record the outcome — sent, or a retry with backoff, or failed for good. Claiming is
// the webhook deliveries' pattern (lib/webhooks/claim-due-deliveries.ts): a conditional updateMany
// only one worker can win, so any number of workers send each message once. A worker that dies
// mid-send leaves a lease that expires, and another worker sends the message then (at least once).
// Without SMTP_URL nothing is claimed: messages wait, queued, in the outbox.
import "server-only";
import { prisma } from "../db";
import { now } from "../clock";
import { env } from "../env";
import { log } from "../log";
import { nextRetryAt } from "../webhooks/backoff";
import { createSmtpSender, describeSendError, SMTP_TIMEOUT_MS, type SmtpSender } from "./smtp-transport";

export const EMAIL_LEASE_MS = 2 * 60 * 1000;

export type EmailDeliveryOptions = {
  workerId: string;
  /** Default SMTP_URL; unset, nothing is sent. */
  smtpUrl?: string;
  /** Default SMTP_FROM (or its default). */
  from?: string;
  /** At most this many messages a call; default 10. */
  limit?: number;
  leaseMs?: number;
  timeoutMs?: number;
  /** Base retry delays (lib/webhooks/backoff.ts); default 30 s, 2 min, 8 min, … 12 h. */
  retryDelaysMs?: readonly number[];
  /** Retries stop this long after a message was queued; default 72 h. */
  retryWindowMs?: number;
  random?: () => number;
  /** Only these workspaces' messages (tests). */
  workspaceIds?: readonly string[];
};

type Outcome = { ok: true } | { ok: false; error: unknown };

/** After the SMTP server itself failed (down, timing out, refusing the login), the step rests this long. */
export const SMTP_DOWN_PAUSE_MS = 30_000;
/** Per SMTP URL: when the step may try that server again, so a dead server never stalls every worker pass. */
const serverDownUntilMs = new Map<string, number>();

export async function deliverDueEmails(options: EmailDeliveryOptions): Promise<{ attempted: number; sent: number }> {
  const smtpUrl = options.smtpUrl ?? env().smtpUrl;
  if (!smtpUrl) return { attempted: 0, sent: 0 };
  const current = now();
  if ((serverDownUntilMs.get(smtpUrl) ?? 0) > current.getTime()) return { attempted: 0, sent: 0 };
  const due = await prisma.emailMessage.findMany({
    where: { ...claimableWhere(current), ...(options.workspaceIds ? { workspaceId: { in: [...options.workspaceIds] } } : {}) },
    select: { id: true, attempts: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: options.limit ?? 10,
  });
  if (due.length === 0) return { attempted: 0, sent: 0 };

  const timeoutMs = options.timeoutMs ?? SMTP_TIMEOUT_MS;
  const sender = createSmtpSender(smtpUrl, timeoutMs);
  let attempted = 0;
  let sent = 0;
  try {
    for (const candidate of due) {
      // A lease outlasts the three SMTP timeouts of one attempt, so no second worker sends it meanwhile.
      const leaseMs = Math.max(options.leaseMs ?? EMAIL_LEASE_MS, 3 * timeoutMs + 30_000);
      if (!(await claimEmail(candidate, options.workerId, leaseMs))) continue;
      attempted++;
      const result = await attemptEmail(sender, candidate.id, options);
      if (result.sent) sent++;
      if (result.serverFailed) {
        // The other messages would fail the same way: they stay queued, unattempted, for a later pass.
        serverDownUntilMs.set(smtpUrl, now().getTime() + SMTP_DOWN_PAUSE_MS);
        break;
      }
    }
  } finally {
    sender.close();
  }
  return { attempted, sent };
}

/** Tests: forget which SMTP servers failed, so the next call tries them at once. */
export function forgetSmtpServerFailures(): void {
  serverDownUntilMs.clear();
}

/** Queued, due, and unleased (or its lease expired). */
function claimableWhere(current: Date) {
  return {
    status: "queued",
    nextAttemptAt: { lte: current },
    OR: [{ leaseExpiresAt: null }, { leaseExpiresAt: { lt: current } }],
  };
}

async function claimEmail(candidate: { id: string; attempts: number }, workerId: string, leaseMs: number): Promise<boolean> {
  const current = now();
  const claimed = await prisma.emailMessage.updateMany({
    where: { id: candidate.id, attempts: candidate.attempts, ...claimableWhere(current) },
    data: { leaseOwner: workerId, leaseExpiresAt: new Date(current.getTime() + leaseMs) },
  });
  return claimed.count === 1;
}

async function attemptEmail(sender: SmtpSender, messageId: string, options: EmailDeliveryOptions): Promise<{ sent: boolean; serverFailed: boolean }> {
  const message = await prisma.emailMessage.findUniqueOrThrow({ where: { id: messageId } });
  let outcome: Outcome;
  try {
    const from = options.from ?? env().smtpFrom;
    await sender.send({ ...message, from, to: message.toAddress });
    outcome = { ok: true };
  } catch (error) {
    outcome = { ok: false, error };
  }
  const attemptNumber = message.attempts + 1;
  const attemptedAt = now();
  const failure = outcome.ok ? null : describeSendError(outcome.error);
  // A recipient the server refuses for good (a 5xx to the envelope) is not retried.
  const permanent = failure !== null && failure.code === "EENVELOPE" && (failure.responseCode ?? 0) >= 500;
  const retryAt =
    outcome.ok || permanent
      ? null
      : nextRetryAt(
          { failedAttempts: attemptNumber, createdAt: message.createdAt, at: attemptedAt },
          { retryDelaysMs: options.retryDelaysMs, retryWindowMs: options.retryWindowMs, random: options.random },
        );
  const status = outcome.ok ? "sent" : retryAt ? "queued" : "failed";
  const recorded = await prisma.emailMessage.updateMany({
    where: { id: message.id, status: "queued", leaseOwner: options.workerId, attempts: message.attempts },
    data: {
      status,
      attempts: attemptNumber,
      lastAttemptAt: attemptedAt,
      lastError: failure ? `${failure.code}${failure.responseCode ? ` ${failure.responseCode}` : ""}: ${failure.message}` : null,
      sentAt: outcome.ok ? attemptedAt : null,
      nextAttemptAt: retryAt,
      leaseOwner: null,
      leaseExpiresAt: null,
    },
  });
  const fields = { emailId: message.id, invoiceId: message.invoiceId, attempts: attemptNumber, workerId: options.workerId };
  if (recorded.count !== 1) log("warn", "invoice email attempt not recorded: its lease passed to another worker", fields);
  else if (failure)
    log(status === "failed" ? "error" : "warn", `invoice email ${status === "failed" ? "failed for good" : "not sent; will retry"}`, {
      ...fields,
      error: failure.code,
      responseCode: failure.responseCode,
      nextAttemptAt: retryAt?.toISOString() ?? null,
    });
  else log("info", "invoice email sent", fields);
  // Only a refused recipient or message is about this message; anything else is about the server.
  return { sent: outcome.ok && recorded.count === 1, serverFailed: failure !== null && failure.code !== "EENVELOPE" && failure.code !== "EMESSAGE" };
}
