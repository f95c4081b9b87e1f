// Where the local e2e server's worker sends invoice emails (docs/api.md §10.5.1): a test SMTP server
// that e2e/invoice-email.spec.ts starts on loopback while it runs. The password is a test value;
// the log audit after the run checks it never reaches a log line.
import { E2E_PORT } from "./e2e-env";

export const E2E_SMTP_PORT = E2E_PORT + 25;
export const E2E_SMTP_AUTH = { user: "e2e-mailer", pass: "e2e-smtp-pass-0123456789" };

export const E2E_SMTP_ENV: Record<string, string> = {
  SMTP_URL: `smtp://${E2E_SMTP_AUTH.user}:${E2E_SMTP_AUTH.pass}@127.0.0.1:${E2E_SMTP_PORT}`,
  SMTP_FROM: "Plugipay E2E <billing@e2e.plugipay.test>",
};
