// Renders an invoice as an A4 PDF with the standard Helvetica fonts (WinAnsi text only), its labels,
// dates and money in the locale's language (English or Bahasa Indonesia, lib/i18n/messages.ts).
import type { Color } from "pdf-lib";
import { MESSAGES, translator, type Messages } from "../i18n/messages";
import { formatMediumDate } from "../i18n/kept-formatters";
import { creditedAmount } from "../invoices/invoice-statuses";
import { formatMoney } from "../money";
import { COLORS, CONTENT_LEFT, CONTENT_RIGHT, PdfCanvas } from "./pdf-layout";

export { toWinAnsi } from "./pdf-layout";

export type InvoicePdfInput = {
  number: string;
  status: string; // draft | open | past_due | paid | void | uncollectible
  currency: string; // ISO 4217, e.g. "USD"
  issuedAt: Date | null;
  dueAt: Date | null;
  paidAt: Date | null;
  merchant: { name: string };
  customer: { name: string | null; email: string | null };
  lines: { description: string; quantity: number; unitAmount: number; amount: number }[]; // amounts in integer minor units
  subtotal: number;
  discount: number;
  tax: number;
  total: number;
  amountPaid: number;
  amountDue: number;
  memo?: string | null; // the merchant's note (POST /invoices memo), printed below the totals
};

type Row = { description: string; qty: string; unit: string; amount: string };
type Columns = { descLeft: number; descRight: number; qtyRight: number; unitRight: number; amountRight: number; qtyWidth: number; moneyWidth: number };

const ROW_HEIGHT = 20;
const BASELINE = 13.5; // from the top of a table row to its text baseline
const CELL_PADDING = 8;
const COLUMN_GAP = 16;
const META_LEFT = CONTENT_RIGHT - 190;
const TOTALS_LEFT = CONTENT_RIGHT - 240;
const STATUS_COLORS: Record<string, Color> = { paid: COLORS.green, open: COLORS.blue, past_due: COLORS.red, uncollectible: COLORS.red };

export async function renderInvoicePdf(input: InvoicePdfInput, locale?: string): Promise<Uint8Array> {
  const resolved = resolveLocale(locale);
  const t = translator(resolved, "pdf");
  const money = (amount: number) => formatMoney(amount, input.currency, resolved);
  const canvas = await PdfCanvas.create();
  canvas.doc.setTitle(documentTitle(input, t));
  canvas.doc.setProducer("Plugipay");
  canvas.doc.setCreator("Plugipay");

  drawHeader(canvas, input, resolved, t);
  const quantity = new Intl.NumberFormat(resolved, { maximumFractionDigits: 3 });
  const rows = input.lines.map((line) => ({
    description: line.description,
    qty: quantity.format(line.quantity),
    unit: money(line.unitAmount),
    amount: money(line.amount),
  }));
  drawLineItems(canvas, rows, layoutColumns(canvas, rows, t), t);
  drawTotals(canvas, totalRows(input, money, t));
  if (input.memo) drawMemo(canvas, input.memo, t);
  const footer = { merchant: input.merchant.name, number: input.number };
  canvas.drawFooters(isCredit(input) ? t("creditNoteFooter", footer) : t("footer", footer), (page, pages) => t("pageOf", { page, pages }));
  return canvas.doc.save();
}

/** The caller's locale when Intl accepts it, otherwise en-US; bad locale tags must not break rendering. */
function resolveLocale(locale: string | undefined): string {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf(locale ?? "en-US")[0] ?? "en-US";
  } catch {
    return "en-US";
  }
}

function formatDate(date: Date | null, locale: string): string | null {
  if (!date || Number.isNaN(date.getTime())) return null;
  return formatMediumDate(date, locale);
}

type Labels = ReturnType<typeof translator<"pdf">>;
const isStatus = (status: string): status is keyof Messages["status"] => Object.hasOwn(MESSAGES.en.status, status);

/** A settled invoice for less than nothing (a downgrade's proration) is a credit note, as the portal labels it. */
const isCredit = (input: InvoicePdfInput) => creditedAmount(input) !== null;

/** "Invoice INV-0042", or for a credit "Credit note INV-0042" ("Nota kredit INV-0042"). */
function documentTitle(input: InvoicePdfInput, t: Labels): string {
  return isCredit(input) ? t("creditNoteTitle", { number: input.number }) : t("title", { number: input.number });
}

/** The portal's word for the status ("Paid", "Lunas", a credit's "Credit"); an unknown status is shown as its own words. */
function statusLabel(input: InvoicePdfInput, locale: string): string {
  const status = isCredit(input) ? "credit" : input.status;
  if (isStatus(status)) return translator(locale, "status")(status);
  const words = status.replace(/_/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function drawHeader(canvas: PdfCanvas, input: InvoicePdfInput, locale: string, t: Labels): void {
  const top = canvas.y;
  const leftWidth = META_LEFT - CONTENT_LEFT - 24;
  canvas.text(input.merchant.name, CONTENT_LEFT, top - 20, { font: "bold", size: 20, maxWidth: leftWidth });
  canvas.text(documentTitle(input, t), CONTENT_LEFT, top - 44, { font: "bold", size: 13, maxWidth: leftWidth });
  const billToBottom = drawBillTo(canvas, input.customer, top - 80, leftWidth, t);
  const metaBottom = drawMeta(canvas, input, locale, top - 16, t);
  canvas.y = Math.min(billToBottom, metaBottom) - 32;
}

/** Draws the "Bill to" block from baseline y down; returns the lowest baseline used. */
function drawBillTo(canvas: PdfCanvas, customer: InvoicePdfInput["customer"], y: number, maxWidth: number, t: Labels): number {
  canvas.text(t("billTo"), CONTENT_LEFT, y, { font: "bold", size: 9, color: COLORS.muted });
  const details = [customer.name, customer.email].filter((value): value is string => !!value?.trim());
  if (details.length === 0) details.push("-");
  details.forEach((value, index) => {
    y -= index === 0 ? 16 : 14;
    canvas.text(value, CONTENT_LEFT, y, { size: index === 0 ? 11 : 10, color: index === 0 ? COLORS.text : COLORS.muted, maxWidth });
  });
  return y;
}

/** Draws status and dates as right-hand label/value pairs; returns the lowest baseline used. */
function drawMeta(canvas: PdfCanvas, input: InvoicePdfInput, locale: string, y: number, t: Labels): number {
  const dates: [string, string | null][] = [
    [t("issued"), formatDate(input.issuedAt, locale)],
    [t("due"), formatDate(input.dueAt, locale)],
    [t("paid"), formatDate(input.paidAt, locale)],
  ];
  const valueWidth = CONTENT_RIGHT - META_LEFT - 70;
  const status = { font: "bold" as const, color: STATUS_COLORS[input.status] ?? COLORS.muted };
  canvas.text(t("status"), META_LEFT, y, { color: COLORS.muted });
  canvas.text(statusLabel(input, locale), CONTENT_RIGHT, y, { ...status, align: "right", maxWidth: valueWidth });
  for (const [label, value] of dates) {
    if (value === null) continue;
    y -= 16;
    canvas.text(label, META_LEFT, y, { color: COLORS.muted });
    canvas.text(value, CONTENT_RIGHT, y, { align: "right", maxWidth: valueWidth, shrink: true });
  }
  return y;
}

/** Sizes the number columns to their widest value (within limits); the description gets the rest. */
function layoutColumns(canvas: PdfCanvas, rows: Row[], t: Labels): Columns {
  const widest = (values: string[], header: string, max: number) =>
    Math.min(max, Math.max(canvas.measure(header, "bold", 9), ...values.map((value) => canvas.measure(value))));
  const moneyWidth = widest(
    rows.flatMap((row) => [row.unit, row.amount]),
    t("unitPrice"),
    120,
  );
  const qtyWidth = widest(
    rows.map((row) => row.qty),
    t("quantity"),
    50,
  );
  const amountRight = CONTENT_RIGHT - CELL_PADDING;
  const unitRight = amountRight - moneyWidth - COLUMN_GAP;
  const qtyRight = unitRight - moneyWidth - COLUMN_GAP;
  const descRight = qtyRight - qtyWidth - COLUMN_GAP;
  return { descLeft: CONTENT_LEFT + CELL_PADDING, descRight, qtyRight, unitRight, amountRight, qtyWidth, moneyWidth };
}

function drawTableHeader(canvas: PdfCanvas, cols: Columns, t: Labels): void {
  const y = canvas.y - BASELINE;
  const style = { font: "bold" as const, size: 9, color: COLORS.muted };
  canvas.band(canvas.y, ROW_HEIGHT);
  canvas.text(t("description"), cols.descLeft, y, style);
  canvas.text(t("quantity"), cols.qtyRight, y, { ...style, align: "right" });
  canvas.text(t("unitPrice"), cols.unitRight, y, { ...style, align: "right" });
  canvas.text(t("amount"), cols.amountRight, y, { ...style, align: "right" });
  canvas.y -= ROW_HEIGHT;
}

function drawLineItems(canvas: PdfCanvas, rows: Row[], cols: Columns, t: Labels): void {
  canvas.ensureSpace(ROW_HEIGHT * 2); // never leave a header alone at the bottom of a page
  drawTableHeader(canvas, cols, t);
  if (rows.length === 0) {
    canvas.text(t("noLineItems"), cols.descLeft, canvas.y - BASELINE, { color: COLORS.muted });
    canvas.y -= ROW_HEIGHT;
    canvas.rule(canvas.y);
  }
  for (const row of rows) {
    if (canvas.ensureSpace(ROW_HEIGHT)) drawTableHeader(canvas, cols, t);
    const y = canvas.y - BASELINE;
    const number = { align: "right" as const, shrink: true };
    canvas.text(row.description, cols.descLeft, y, { maxWidth: cols.descRight - cols.descLeft });
    canvas.text(row.qty, cols.qtyRight, y, { ...number, maxWidth: cols.qtyWidth });
    canvas.text(row.unit, cols.unitRight, y, { ...number, maxWidth: cols.moneyWidth });
    canvas.text(row.amount, cols.amountRight, y, { ...number, maxWidth: cols.moneyWidth });
    canvas.y -= ROW_HEIGHT;
    canvas.rule(canvas.y);
  }
}

type TotalRow = { label: string; value: string; strong?: boolean; ruleAbove?: boolean };

function totalRows(input: InvoicePdfInput, money: (amount: number) => string, t: Labels): TotalRow[] {
  const rows: TotalRow[] = [{ label: t("subtotal"), value: money(input.subtotal) }];
  if (input.discount !== 0) rows.push({ label: t("discount"), value: money(-input.discount) });
  if (input.tax !== 0) rows.push({ label: t("tax"), value: money(input.tax) });
  rows.push({ label: t("total"), value: money(input.total), strong: true, ruleAbove: true });
  // A credit is paid by no one: it says what went to the customer's account instead (as the portal does).
  const credited = creditedAmount(input);
  if (credited !== null) {
    rows.push({ label: t("creditedToAccount"), value: money(credited), strong: true, ruleAbove: true });
    return rows;
  }
  rows.push({ label: t("amountPaid"), value: money(input.amountPaid) });
  rows.push({ label: t("amountDue"), value: money(input.amountDue), strong: true, ruleAbove: true });
  return rows;
}

/** Draws the totals as one block, moved to a new page whole if it does not fit. */
function drawTotals(canvas: PdfCanvas, rows: TotalRow[]): void {
  const right = CONTENT_RIGHT - CELL_PADDING;
  const left = TOTALS_LEFT + CELL_PADDING;
  canvas.ensureSpace(16 + rows.length * ROW_HEIGHT);
  canvas.y -= 10;
  for (const row of rows) {
    if (row.ruleAbove) canvas.rule(canvas.y, TOTALS_LEFT, CONTENT_RIGHT, COLORS.muted);
    const y = canvas.y - BASELINE - 1;
    const style = { font: row.strong ? ("bold" as const) : ("regular" as const), size: row.strong ? 11 : 10 };
    canvas.text(row.label, left, y, { ...style, color: row.strong ? COLORS.text : COLORS.muted });
    canvas.text(row.value, right, y, { ...style, align: "right", maxWidth: right - left - 90, shrink: true });
    canvas.y -= ROW_HEIGHT;
  }
}

const MEMO_LINE_HEIGHT = 14;

/** The memo under a "Note" heading, word-wrapped to the content width (a word too long for a line is cut). */
function drawMemo(canvas: PdfCanvas, memo: string, t: Labels): void {
  const width = CONTENT_RIGHT - CONTENT_LEFT;
  const lines: string[] = [];
  for (const word of memo.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && canvas.measure(`${last} ${word}`) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  canvas.ensureSpace(24 + MEMO_LINE_HEIGHT);
  canvas.y -= 24;
  canvas.text(t("note"), CONTENT_LEFT, canvas.y - BASELINE, { font: "bold" });
  canvas.y -= MEMO_LINE_HEIGHT + 4;
  for (const line of lines) {
    canvas.ensureSpace(MEMO_LINE_HEIGHT);
    canvas.text(line, CONTENT_LEFT, canvas.y - BASELINE, { maxWidth: width, color: COLORS.muted });
    canvas.y -= MEMO_LINE_HEIGHT;
  }
}
