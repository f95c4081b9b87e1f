// An invoice emailed through the signed API reaches a real SMTP server (docs/api.md §10.5.1): the
// local e2e server's worker sends it to the test SMTP server this spec starts on loopback
// (e2e/e2e-smtp.ts), logged in with SMTP_URL's user, the invoice PDF attached, no portal link inside.
// Local only: the worker's SMTP_URL points at this machine.
import { startTestSmtpReceiver } from "../lib/mail/test-smtp-receiver";
import { E2E_SMTP_AUTH, E2E_SMTP_PORT } from "./e2e-smtp";
import { expect, signedCall, test, LOCAL_ONLY } from "./fixtures";

type SentEmail = { sent: boolean; to: string; emailId: string; status: string; invoiceId: string };

test.describe("invoice email", { tag: LOCAL_ONLY }, () => {
  test("POST /v1/invoices/{id}/send-email delivers the invoice PDF to the customer over SMTP", async ({ request, merchant, merchantKey }) => {
    const smtp = await startTestSmtpReceiver({ port: E2E_SMTP_PORT, auth: E2E_SMTP_AUTH });
    try {
      const customer = await merchant.customer("Grace Hopper");
      const invoice = await merchant.openInvoice(customer, await merchant.plan("Pro", 4900));

      const sent = await signedCall<SentEmail>(request, { key: merchantKey, path: `/v1/invoices/${invoice.id}/send-email`, body: {} });
      expect(sent.status).toBe(200);
      expect(sent.json.data).toMatchObject({ sent: true, to: customer.email, status: "queued", invoiceId: invoice.id });

      const [email] = await smtp.waitFor(1, 20_000);
      expect(email?.envelopeTo).toEqual([customer.email]);
      expect(email?.authenticatedUser).toBe(E2E_SMTP_AUTH.user);
      expect(email?.mail.from?.text).toContain("billing@e2e.plugipay.test");
      expect(email?.mail.subject).toContain(`Invoice ${invoice.number} from `);
      expect(email?.mail.text).toContain("$49.00");
      const [attachment] = email?.mail.attachments ?? [];
      expect(attachment?.contentType).toBe("application/pdf");
      expect(attachment?.content.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      for (const leak of ["http", "/portal", "#t="]) expect(email?.mail.text).not.toContain(leak);

      const refused = await signedCall(request, { key: merchantKey, path: `/v1/invoices/${invoice.id}/send-email`, body: { to: "not an address" } });
      expect(refused.status).toBe(400);
      expect(refused.json.error?.code).toBe("VALIDATION_ERROR");
      const missing = await signedCall(request, { key: merchantKey, path: "/v1/invoices/inv_00000000000000000000000000/send-email", body: {} });
      expect(missing.status).toBe(404);
    } finally {
      await smtp.close();
    }
  });
});
