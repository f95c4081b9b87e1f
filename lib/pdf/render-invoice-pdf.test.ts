import { inflateSync } from "node:zlib";
import { PDFDocument, PDFName, PDFRawStream, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { formatMoney } from "../money";
import { renderInvoicePdf, toWinAnsi, type InvoicePdfInput } from "./render-invoice-pdf";

function invoice(overrides: Partial<InvoicePdfInput> = {}): InvoicePdfInput {
  return {
    number: "INV-0042",
    status: "open",
    currency: "USD",
    issuedAt: new Date("2025-01-05T00:00:00Z"),
    dueAt: new Date("2025-02-04T00:00:00Z"),
    paidAt: null,
    merchant: { name: "Acme Widgets" },
    customer: { name: "Jane Doe", email: "jane@example.com" },
    lines: [
      { description: "Pro plan", quantity: 1, unitAmount: 4900, amount: 4900 },
      { description: "Extra seats", quantity: 3, unitAmount: 1500, amount: 4500 },
    ],
    subtotal: 9400,
    discount: 400,
    tax: 900,
    total: 9900,
    amountPaid: 0,
    amountDue: 9900,
    ...overrides,
  };
}

// CP1252 bytes 0x80-0x9F (Node 20's TextDecoder("windows-1252") wrongly decodes them as Latin-1).
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

function decodeWinAnsi(bytes: Buffer): string {
  return Array.from(bytes, (byte) => (byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte))).join("");
}

/**
 * Every string drawn with Tj, decoded from WinAnsi. pdf-lib 1.17 Flate-compresses page content
 * streams (PDFContentStream defaults to encode = true), so compressed streams are inflated first.
 */
async function drawnText(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  const texts: string[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    const flate = object.dict.get(PDFName.of("Filter")) === PDFName.of("FlateDecode");
    const content = (flate ? inflateSync(object.contents) : Buffer.from(object.contents)).toString("latin1");
    for (const [, hex = ""] of content.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) {
      texts.push(decodeWinAnsi(Buffer.from(hex, "hex")));
    }
  }
  return texts;
}

describe("toWinAnsi", () => {
  it("maps Intl's narrow and no-break spaces to plain spaces", () => {
    expect(toWinAnsi("1\u202F234,56\u00A0€")).toBe("1 234,56 €");
    expect(toWinAnsi(formatMoney(123456, "EUR", "fr-FR"))).toBe("1 234,56 €");
    expect(toWinAnsi("a\nb\tc")).toBe("a b c");
  });

  it("keeps WinAnsi characters and replaces the rest with ?", () => {
    expect(toWinAnsi("Café Œuvre “ok” – €5 ¥ ™")).toBe("Café Œuvre “ok” – €5 ¥ ™");
    expect(toWinAnsi("山田 😀")).toBe("?? ?");
    expect(toWinAnsi("\uD800 lone surrogate")).toBe("? lone surrogate");
    expect(toWinAnsi("￥500 −5 e\u0301")).toBe("¥500 -5 é");
    expect(toWinAnsi("")).toBe("");
  });

  it("only ever returns text Helvetica can encode", async () => {
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    const everyBmpChar = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).join("");
    expect(() => font.encodeText(toWinAnsi(`${everyBmpChar}😀𝔘🇮🇩`))).not.toThrow();
  });
});

describe("renderInvoicePdf", () => {
  it("produces a PDF that loads back with the invoice title and Plugipay producer", async () => {
    const bytes = await renderInvoicePdf(invoice());
    expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    const doc = await PDFDocument.load(bytes, { updateMetadata: false }); // load() would otherwise rewrite the producer
    expect(doc.getTitle()).toBe("Invoice INV-0042");
    expect(doc.getProducer()).toBe("Plugipay");
    expect(doc.getCreator()).toBe("Plugipay");
    expect(doc.getPageCount()).toBe(1);
  });

  it("draws the invoice number, dates and the formatted total", async () => {
    const texts = await drawnText(await renderInvoicePdf(invoice()));
    expect(texts).toContain("Invoice INV-0042");
    expect(texts).toContain(formatMoney(9900, "USD"));
    expect(texts).toContain("Jan 5, 2025");
    expect(texts).toContain("-$4.00");

    const fr = await drawnText(await renderInvoicePdf(invoice({ currency: "EUR", total: 123456 }), "fr-FR"));
    expect(fr).toContain(toWinAnsi(formatMoney(123456, "EUR", "fr-FR")));
  });

  it("speaks Bahasa Indonesia for an Indonesian locale: labels, dates and whole rupiah", async () => {
    const rupiah = invoice({
      currency: "IDR",
      lines: [{ description: "Paket Pro", quantity: 1, unitAmount: 15_000_000, amount: 15_000_000 }],
      subtotal: 15_000_000,
      discount: 0,
      tax: 0,
      total: 15_000_000,
      amountDue: 15_000_000,
    });
    const bytes = await renderInvoicePdf(rupiah, "id-ID");
    expect((await PDFDocument.load(bytes, { updateMetadata: false })).getTitle()).toBe("Tagihan INV-0042");
    const texts = await drawnText(bytes);
    for (const label of [
      "Tagihan INV-0042",
      "Ditagihkan kepada",
      "Diterbitkan",
      "Jatuh tempo",
      "Belum dibayar",
      "Deskripsi",
      "Harga satuan",
      "Jumlah terutang",
      "Halaman 1 dari 1",
    ]) {
      expect(texts).toContain(label);
    }
    expect(texts).toContain("Rp 150.000");
    expect(texts).toContain("5 Jan 2025");
    expect(texts).not.toContain("Amount due");
    expect(await drawnText(await renderInvoicePdf(invoice({ status: "paid", memo: "Terima kasih" }), "id"))).toEqual(
      expect.arrayContaining(["Lunas", "Catatan"]),
    );
  });

  it("paginates a 120-line invoice onto several pages", async () => {
    const lines = Array.from({ length: 120 }, (_, i) => ({ description: `Item ${i + 1}`, quantity: 1, unitAmount: 100, amount: 100 }));
    const bytes = await renderInvoicePdf(invoice({ lines, subtotal: 12000, total: 12000, amountDue: 12000 }));
    const doc = await PDFDocument.load(bytes);
    const pages = doc.getPageCount();
    expect(pages).toBeGreaterThan(1);
    const texts = await drawnText(bytes);
    expect(texts.filter((text) => text === "Description")).toHaveLength(pages);
    expect(texts).toContain(`Page ${pages} of ${pages}`);
    expect(texts).toContain("Item 120");
    expect(texts).toContain("Amount due");
  });

  it("prints the memo under a Note heading, word-wrapped, and nothing of the kind without one", async () => {
    const memo = Array.from({ length: 60 }, (_, index) => `word${index}`).join(" ");
    const texts = await drawnText(await renderInvoicePdf(invoice({ memo })));
    const noteAt = texts.indexOf("Note");
    expect(noteAt).toBeGreaterThan(texts.indexOf("Amount due"));
    const memoLines = texts.slice(noteAt + 1, noteAt + 1 + texts.slice(noteAt + 1).findIndex((text) => !text.startsWith("word")));
    expect(memoLines.length).toBeGreaterThan(1);
    expect(memoLines.join(" ")).toBe(memo);
    expect(await drawnText(await renderInvoicePdf(invoice({ memo: null })))).not.toContain("Note");
  });

  it("truncates long descriptions with an ellipsis", async () => {
    const description = `Consulting ${"and more consulting ".repeat(20)}`;
    const texts = await drawnText(await renderInvoicePdf(invoice({ lines: [{ description, quantity: 1, unitAmount: 1, amount: 1 }] })));
    const drawn = texts.find((text) => text.startsWith("Consulting"));
    expect(drawn).toMatch(/…$/);
    expect(drawn!.length).toBeLessThan(description.length);
  });

  it("renders odd input without throwing", async () => {
    const odd = invoice({
      customer: { name: "山田太郎 😀 Ünïcödé", email: null },
      merchant: { name: "Toko 🚀\u202Fname" },
      issuedAt: null,
      dueAt: null,
      paidAt: null,
      status: "uncollectible",
    });
    const cases: [InvoicePdfInput, string | undefined][] = [
      [odd, undefined],
      [{ ...odd, customer: { name: null, email: null }, currency: "JPY", lines: [], subtotal: 500, discount: 0, tax: 0, total: 500, amountDue: 500 }, "ja-JP"],
      [{ ...odd, currency: "IDR", subtotal: 99_999_999_999_900, total: 99_999_999_999_900, amountDue: 99_999_999_999_900 }, "id-ID"],
      [odd, "not a locale!"],
    ];
    for (const [input, locale] of cases) {
      const bytes = await renderInvoicePdf(input, locale);
      expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
      expect((await PDFDocument.load(bytes)).getPageCount()).toBe(1);
    }
    expect(await drawnText(await renderInvoicePdf(odd))).toContain("???? ? Ünïcödé");
    const [yen, yenLocale] = cases[1]!;
    expect(await drawnText(await renderInvoicePdf(yen, yenLocale))).toContain("¥500"); // ja-JP writes a fullwidth ￥
  });
});
