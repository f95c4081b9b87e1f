// What the worker says at start about invoice emails (docs/api.md §10.5): where they go, or that they
// wait in the outbox because SMTP_URL is unset, with how many are waiting. Never the SMTP credentials.
import "server-only";
import { prisma } from "../db";
import { env } from "../env";
import { log } from "../log";
import { smtpTarget } from "./smtp-transport";

export async function logEmailOutboxStatus(smtpUrl = env().smtpUrl): Promise<void> {
  const queued = await prisma.emailMessage.count({ where: { status: "queued" } });
  if (smtpUrl) log("info", "invoice emails are sent over SMTP", { smtp: smtpTarget(smtpUrl), queued });
  else log("warn", "SMTP_URL is not set: invoice emails wait in the outbox, queued, until it is", { queued });
}
