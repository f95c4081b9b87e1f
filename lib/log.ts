// Structured logs with pino: one JSON object a line on stderr, with `time`, `level` and `message`.
// Callers pass only what anyone with log access may read; redaction below is the safety net for
// the names that carry secrets (the #t token, cookies, API and webhook secrets, signatures, cards),
// configured once here rather than remembered at every call.
import "server-only";
import pino from "pino";
import { env } from "./env";

type Level = "debug" | "info" | "warn" | "error";

/** Field names whose values never reach a log line, at the top level or one object down. */
export const REDACTED_FIELDS = [
  "token",
  "portalToken",
  "cookie",
  "authorization",
  "secret",
  "apiSecret",
  "webhookSecret",
  "signature",
  "cardNumber",
  "cvc",
] as const;

/** Paths redacted besides those: a card's number wherever a card object is logged. */
const REDACTED_PATHS = ["card.number", "*.card.number"];

let logger: pino.Logger | undefined;

function getLogger(): pino.Logger {
  logger ??= pino(
    {
      level: env().logLevel,
      messageKey: "message",
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: [...REDACTED_FIELDS.flatMap((field) => [field, `*.${field}`]), ...REDACTED_PATHS], censor: "[redacted]" },
    },
    process.stderr,
  );
  return logger;
}

export function log(level: Level, message: string, fields: Record<string, unknown> = {}): void {
  getLogger()[level](fields, message);
}
