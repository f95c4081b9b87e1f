// A credit (a settled invoice for less than nothing, a downgrade's proration) is labelled a credit note
// in the PDF, in English and Bahasa Indonesia (issue 12, items 2 and 7): its title, status and the
// amount credited to the customer's account, never an amount due.
import { inflateSync } from "node:zlib";
import { PDFDocument, PDFName, PDFRawStream } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { renderInvoicePdf, toWinAnsi, type InvoicePdfInput } from "./render-invoice-pdf";

const credit: InvoicePdfInput = {
  number: "INV-0043",
  status: "paid",
  currency: "USD",
  issuedAt: new Date("2026-12-12T00:00:00Z"),
  dueAt: null,
  paidAt: new Date("2026-12-12T00:00:00Z"),
  merchant: { name: "Acme Widgets" },
  customer: { name: "Siti Rahayu", email: "siti@example.com" },
  lines: [{ description: "Credit for unused time on Business", quantity: 1, unitAmount: -3200, amount: -3200 }],
  subtotal: -3200,
  discount: 0,
  tax: 0,
  total: -3200,
  amountPaid: 0,
  amountDue: 0,
};

/** Every string drawn with Tj (pdf-lib Flate-compresses page streams); the labels here are plain ASCII. */
async function drawnText(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  const texts: string[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    const flate = object.dict.get(PDFName.of("Filter")) === PDFName.of("FlateDecode");
    const content = (flate ? inflateSync(object.contents) : Buffer.from(object.contents)).toString("latin1");
    for (const [, hex = ""] of content.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) texts.push(Buffer.from(hex, "hex").toString("latin1"));
  }
  return texts;
}

const money = (amount: number, locale: string) => toWinAnsi(new Intl.NumberFormat(locale, { style: "currency", currency: "USD" }).format(amount));

describe("renderInvoicePdf for a credit", () => {
  it.each([
    { locale: "en-US", title: "Credit note INV-0043", status: "Credit", credited: "Credited to your account", due: "Amount due", paid: "Amount paid" },
    { locale: "id-ID", title: "Nota kredit INV-0043", status: "Kredit", credited: "Dikreditkan ke akun Anda", due: "Jumlah terutang", paid: "Jumlah dibayar" },
  ])("is a credit note in $locale", async ({ locale, title, status, credited, due, paid }) => {
    const bytes = await renderInvoicePdf(credit, locale);
    const texts = await drawnText(bytes);
    expect((await PDFDocument.load(bytes)).getTitle()).toBe(title);
    expect(texts).toContain(title);
    expect(texts).toContain(status);
    const label = texts.indexOf(credited);
    expect(label, `"${credited}" is drawn`).toBeGreaterThan(-1);
    expect(texts[label + 1]).toBe(money(32, locale)); // the amount credited, without a minus sign
    expect(texts).not.toContain(due);
    expect(texts).not.toContain(paid);
    expect(texts.some((text) => text.startsWith("Acme Widgets - ") && text.includes(title))).toBe(true);
  });

  it("keeps an ordinary paid invoice an invoice, with what was paid and what is due", async () => {
    const texts = await drawnText(await renderInvoicePdf({ ...credit, total: 3200, subtotal: 3200, amountPaid: 3200, lines: [] }, "id-ID"));
    expect(texts).toContain("Tagihan INV-0043");
    expect(texts).toContain("Lunas");
    expect(texts).toContain("Jumlah terutang");
    expect(texts).not.toContain("Dikreditkan ke akun Anda");
  });
});
