import { describe, expect, it } from "vitest";
import { composeInvoiceEmail, type InvoiceEmailFacts } from "./compose-invoice-email";

const facts: InvoiceEmailFacts = {
  number: "INV-000042",
  status: "open",
  currency: "USD",
  total: 4900,
  amountDue: 4900,
  dueAt: new Date("2026-12-15T00:00:00Z"),
  merchantName: "Acme Tools",
  customerName: "Ada Lovelace",
};

describe("composeInvoiceEmail", () => {
  it("names the invoice, the merchant, the amount due and its date", () => {
    const email = composeInvoiceEmail(facts);
    expect(email.subject).toBe("Invoice INV-000042 from Acme Tools");
    expect(email.textBody).toContain("Hello Ada Lovelace,");
    expect(email.textBody).toContain("Acme Tools sent you invoice INV-000042 for $49.00.");
    expect(email.textBody).toContain("Amount due: $49.00 by December 15, 2026.");
    expect(email.textBody).toContain("attached as a PDF");
  });

  it("thanks for a paid invoice instead of asking for money", () => {
    const email = composeInvoiceEmail({ ...facts, status: "paid", amountDue: 0 });
    expect(email.textBody).toContain("paid in full");
    expect(email.textBody).not.toContain("Amount due");
  });

  it("never carries a link, even when a name holds one, nor a line break into the subject", () => {
    const email = composeInvoiceEmail({
      ...facts,
      merchantName: "Acme https://portal.example/portal/ps_01#t=secret\nBcc: x@y",
      customerName: "www.evil.example Ada",
    });
    const whole = `${email.subject}\n${email.textBody}`;
    for (const leak of ["http", "://", "/portal", "#t=", "www."]) expect(whole).not.toContain(leak);
    expect(email.subject).not.toMatch(/[\r\n]/);
  });

  it("greets without a name and falls back when the merchant's name is empty", () => {
    const email = composeInvoiceEmail({ ...facts, customerName: null, merchantName: "", dueAt: null });
    expect(email.textBody.startsWith("Hello,\n")).toBe(true);
    expect(email.subject).toBe("Invoice INV-000042 from Your merchant");
    expect(email.textBody).toContain("Amount due: $49.00.");
  });

  it("writes in Bahasa Indonesia for an Indonesian locale, with its money and dates", () => {
    const email = composeInvoiceEmail({ ...facts, currency: "IDR", total: 15_000_000, amountDue: 15_000_000 }, "id-ID");
    const body = email.textBody.replace(/\u00a0/g, " ");
    expect(email.subject).toBe("Tagihan INV-000042 dari Acme Tools");
    expect(body).toContain("Halo Ada Lovelace,");
    expect(body).toContain("Acme Tools mengirimkan tagihan INV-000042 sebesar Rp 150.000 kepada Anda.");
    expect(body).toContain("Jumlah terutang: Rp 150.000, jatuh tempo 15 Desember 2026.");
    expect(body).toContain("Tagihan terlampir sebagai PDF.");
    expect(body).not.toMatch(/Invoice|Amount due|Hello/);
    const paid = composeInvoiceEmail({ ...facts, status: "paid", amountDue: 0, customerName: null, merchantName: "" }, "id");
    expect(paid.textBody).toContain("Halo,\n");
    expect(paid.textBody).toContain("Tagihan ini sudah lunas.");
    expect(paid.subject).toBe("Tagihan INV-000042 dari Penjual Anda");
  });
});
