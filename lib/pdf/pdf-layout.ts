// Small drawing layer over pdf-lib: A4 pages, WinAnsi-safe text, fitting, rules and footers.
import { PDFDocument, StandardFonts, rgb, type Color, type PDFFont, type PDFPage } from "pdf-lib";

export const PAGE_SIZE: [number, number] = [595.28, 841.89]; // A4 in points
export const MARGIN = 50;
export const CONTENT_LEFT = MARGIN;
export const CONTENT_RIGHT = PAGE_SIZE[0] - MARGIN;
export const CONTENT_WIDTH = CONTENT_RIGHT - CONTENT_LEFT;
const CONTENT_BOTTOM = MARGIN + 20; // keeps body text clear of the footer line
const FOOTER_Y = MARGIN - 20;

export const COLORS = {
  text: rgb(0.11, 0.12, 0.15),
  muted: rgb(0.42, 0.45, 0.5),
  rule: rgb(0.86, 0.88, 0.91),
  band: rgb(0.95, 0.96, 0.97),
  green: rgb(0.08, 0.5, 0.24),
  red: rgb(0.75, 0.15, 0.15),
  blue: rgb(0.12, 0.35, 0.75),
};

// The standard fonts encode WinAnsi (CP1252): printable Latin-1 plus these 27 characters.
const WIN_ANSI_EXTRAS = new Set(Array.from("ŒœŠšŸŽžƒˆ˜–—‘’‚“”„†‡•…‰‹›€™", (c) => c.codePointAt(0)));
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g; // zero-width and bidi marks
const WHITESPACE = /\s/g; // includes \n, \t, U+00A0, U+2000-U+200A, U+202F, U+3000
const DASHES = /[\u2010\u2011\u2212]/g; // hyphen, non-breaking hyphen, minus sign

function isWinAnsi(codePoint: number): boolean {
  return (codePoint >= 0x20 && codePoint <= 0x7e) || (codePoint >= 0xa0 && codePoint <= 0xff) || WIN_ANSI_EXTRAS.has(codePoint);
}

/** A character the font cannot encode becomes its compatibility form if that encodes (e.g. "￥" to "¥"), else "?". */
function encodableChar(char: string): string {
  if (isWinAnsi(char.codePointAt(0) ?? 0)) return char;
  const compat = char.normalize("NFKC");
  return compat !== char && Array.from(compat).every((c) => isWinAnsi(c.codePointAt(0) ?? 0)) ? compat : "?";
}

/** Makes any string drawable with Helvetica: odd spaces become " ", unencodable characters "?". */
export function toWinAnsi(text: string): string {
  const normalized = String(text ?? "")
    .normalize("NFC")
    .replace(INVISIBLE, "")
    .replace(WHITESPACE, " ")
    .replace(DASHES, "-");
  let out = "";
  for (const char of normalized) out += encodableChar(char);
  return out;
}

/** Cuts text (already WinAnsi) to maxWidth, ending in an ellipsis when anything was cut. */
export function truncateToWidth(text: string, font: PDFFont, size: number, maxWidth: number): string {
  if (font.widthOfTextAtSize(text, size) <= maxWidth) return text;
  const chars = Array.from(text);
  const candidate = (count: number) => `${chars.slice(0, count).join("").trimEnd()}…`;
  let low = 0;
  let high = chars.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (font.widthOfTextAtSize(candidate(mid), size) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return candidate(low);
}

export type FontName = "regular" | "bold";
export type TextStyle = {
  font?: FontName;
  size?: number;
  color?: Color;
  align?: "left" | "right";
  maxWidth?: number;
  shrink?: boolean; // shrink (down to 70%) before truncating; for numbers, which should stay whole
};

export class PdfCanvas {
  page: PDFPage;
  y: number;

  private constructor(
    readonly doc: PDFDocument,
    private readonly fonts: Record<FontName, PDFFont>,
  ) {
    this.page = doc.addPage(PAGE_SIZE);
    this.y = PAGE_SIZE[1] - MARGIN;
  }

  static async create(): Promise<PdfCanvas> {
    const doc = await PDFDocument.create();
    const regular = await doc.embedFont(StandardFonts.Helvetica);
    const bold = await doc.embedFont(StandardFonts.HelveticaBold);
    return new PdfCanvas(doc, { regular, bold });
  }

  /** Starts a new page unless `height` points still fit above the footer; true when it did. */
  ensureSpace(height: number): boolean {
    if (this.y - height >= CONTENT_BOTTOM) return false;
    this.page = this.doc.addPage(PAGE_SIZE);
    this.y = PAGE_SIZE[1] - MARGIN;
    return true;
  }

  measure(text: string, font: FontName = "regular", size = 10): number {
    return this.fonts[font].widthOfTextAtSize(toWinAnsi(text), size);
  }

  text(value: string, x: number, y: number, style: TextStyle = {}, page: PDFPage = this.page): void {
    const font = this.fonts[style.font ?? "regular"];
    let size = style.size ?? 10;
    let text = toWinAnsi(value);
    if (style.maxWidth !== undefined) {
      const width = font.widthOfTextAtSize(text, size);
      if (style.shrink && width > style.maxWidth) size = Math.max(size * 0.7, (size * style.maxWidth) / width);
      text = truncateToWidth(text, font, size, style.maxWidth);
    }
    const left = style.align === "right" ? x - font.widthOfTextAtSize(text, size) : x;
    page.drawText(text, { x: left, y, font, size, color: style.color ?? COLORS.text });
  }

  rule(y: number, from = CONTENT_LEFT, to = CONTENT_RIGHT, color: Color = COLORS.rule): void {
    this.page.drawLine({ start: { x: from, y }, end: { x: to, y }, thickness: 0.75, color });
  }

  band(top: number, height: number): void {
    this.page.drawRectangle({ x: CONTENT_LEFT, y: top - height, width: CONTENT_WIDTH, height, color: COLORS.band });
  }

  /** Draws "label ... Page i of n" (`pageOf` words it) under a thin rule on every page; call once all pages exist. */
  drawFooters(label: string, pageOf: (page: number, pages: number) => string = (page, pages) => `Page ${page} of ${pages}`): void {
    const pages = this.doc.getPages();
    pages.forEach((page, index) => {
      const style: TextStyle = { size: 8, color: COLORS.muted };
      page.drawLine({ start: { x: CONTENT_LEFT, y: FOOTER_Y + 12 }, end: { x: CONTENT_RIGHT, y: FOOTER_Y + 12 }, thickness: 0.5, color: COLORS.rule });
      this.text(label, CONTENT_LEFT, FOOTER_Y, { ...style, maxWidth: CONTENT_WIDTH - 100 }, page);
      this.text(pageOf(index + 1, pages.length), CONTENT_RIGHT, FOOTER_Y, { ...style, align: "right" }, page);
    });
  }
}
