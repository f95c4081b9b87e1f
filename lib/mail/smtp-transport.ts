// Sending one outbox message over SMTP with nodemailer (docs/api.md §10.5). The SMTP URL carries
// credentials: it is handed to nodemailer only (its own logger stays off) and is never logged; what
// may be shown is `smtpTarget`, the scheme, host and port.
import "server-only";
import nodemailer from "nodemailer";

/** How long connecting, the greeting and each reply may take; a dead server fails the attempt instead of holding the lease. */
export const SMTP_TIMEOUT_MS = 15_000;

export type OutgoingEmail = { from: string; to: string; subject: string; textBody: string; attachmentName: string; attachment: Uint8Array };

export type SmtpSender = { send(email: OutgoingEmail): Promise<{ smtpMessageId: string }>; close(): void };

export function createSmtpSender(smtpUrl: string, timeoutMs = SMTP_TIMEOUT_MS): SmtpSender {
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    logger: false,
    debug: false,
  });
  return {
    async send(email) {
      const info = await transport.sendMail({
        from: email.from,
        to: email.to,
        subject: email.subject,
        text: email.textBody,
        attachments: [{ filename: email.attachmentName, content: Buffer.from(email.attachment), contentType: "application/pdf" }],
      });
      return { smtpMessageId: info.messageId };
    },
    close: () => transport.close(),
  };
}

/** `smtp://host:port` of an SMTP URL, without its user or password: what a log line may say. */
export function smtpTarget(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  return `${url.protocol}//${url.hostname}${url.port ? `:${url.port}` : ""}`;
}

/**
 * What a stored error or a log line may say about a failed send: nodemailer's code and the SMTP
 * reply code, and (stored only) its message, which holds no credential.
 */
export function describeSendError(error: unknown): { code: string; responseCode: number | null; message: string } {
  const fields = typeof error === "object" && error !== null ? (error as { code?: unknown; responseCode?: unknown }) : {};
  return {
    code: typeof fields.code === "string" ? fields.code : "ESEND",
    responseCode: typeof fields.responseCode === "number" ? fields.responseCode : null,
    message: (error instanceof Error ? error.message : String(error)).slice(0, 500),
  };
}
