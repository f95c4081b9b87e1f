// A credit (a settled invoice for less than nothing, a downgrade's proration) is emailed as a credit
// note, in English and Bahasa Indonesia (issue 12, items 2 and 7): what went to the customer's account,
// never an amount due or a thank-you for a payment.
import { describe, expect, it } from "vitest";
import { composeInvoiceEmail, type InvoiceEmailFacts } from "./compose-invoice-email";

const credit: InvoiceEmailFacts = {
  number: "INV-000043",
  status: "paid",
  currency: "USD",
  total: -3200,
  amountDue: 0,
  dueAt: null,
  merchantName: "Acme Tools",
  customerName: "Siti Rahayu",
};

const money = (amount: number, locale: string) => new Intl.NumberFormat(locale, { style: "currency", currency: "USD" }).format(amount);

describe("composeInvoiceEmail for a credit", () => {
  it("is a credit note in English", () => {
    const email = composeInvoiceEmail(credit, "en-US");
    expect(email.subject).toBe("Credit note INV-000043 from Acme Tools");
    expect(email.textBody).toContain("Acme Tools sent you credit note INV-000043 for $32.00.");
    expect(email.textBody).toContain("Credited to your account: $32.00.");
    expect(email.textBody).toContain("The credit note is attached as a PDF.");
    expect(email.textBody).not.toMatch(/Amount due|paid in full|-\$/);
  });

  it("is a nota kredit in Bahasa Indonesia", () => {
    const email = composeInvoiceEmail(credit, "id-ID");
    const amount = money(32, "id-ID");
    expect(email.subject).toBe("Nota kredit INV-000043 dari Acme Tools");
    expect(email.textBody).toContain("Halo Siti Rahayu,");
    expect(email.textBody).toContain(`Acme Tools mengirimkan nota kredit INV-000043 sebesar ${amount} kepada Anda.`);
    expect(email.textBody).toContain(`Dikreditkan ke akun Anda: ${amount}.`);
    expect(email.textBody).toContain("Nota kredit terlampir sebagai PDF.");
    expect(email.textBody).not.toMatch(/Jumlah terutang|lunas|-US\$/);
  });

  it("keeps a paid invoice for a positive amount an invoice", () => {
    const email = composeInvoiceEmail({ ...credit, total: 3200 }, "id-ID");
    expect(email.subject).toBe("Tagihan INV-000043 dari Acme Tools");
    expect(email.textBody).toContain("Tagihan ini sudah lunas.");
    expect(email.textBody).not.toContain("kredit");
  });
});
