// Renders an invoice as an A4 PDF with the standard Helvetica fonts (WinAnsi text only).
import type { Color } from "pdf-lib";
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
  subtotal: number; discount: number; tax: number; total: number; amountPaid: number; amountDue: number;
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
  const money = (amount: number) => formatMoney(amount, input.currency, resolved);
  const canvas = await PdfCanvas.create();
  canvas.doc.setTitle(`Invoice ${input.number}`);
  canvas.doc.setProducer("Plugipay");
  canvas.doc.setCreator("Plugipay");

  drawHeader(canvas, input, resolved);
  const quantity = new Intl.NumberFormat(resolved, { maximumFractionDigits: 3 });
  const rows = input.lines.map((line) => ({
    description: line.description,
    qty: quantity.format(line.quantity),
    unit: money(line.unitAmount),
    amount: money(line.amount),
  }));
  drawLineItems(canvas, rows, layoutColumns(canvas, rows));
  drawTotals(canvas, totalRows(input, money));
  canvas.drawFooters(`${input.merchant.name} - Invoice ${input.number}`);
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
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(date);
}

function statusLabel(status: string): string {
  const words = status.replace(/_/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function drawHeader(canvas: PdfCanvas, input: InvoicePdfInput, locale: string): void {
  const top = canvas.y;
  const leftWidth = META_LEFT - CONTENT_LEFT - 24;
  canvas.text(input.merchant.name, CONTENT_LEFT, top - 20, { font: "bold", size: 20, maxWidth: leftWidth });
  canvas.text(`Invoice ${input.number}`, CONTENT_LEFT, top - 44, { font: "bold", size: 13, maxWidth: leftWidth });
  const billToBottom = drawBillTo(canvas, input.customer, top - 80, leftWidth);
  const metaBottom = drawMeta(canvas, input, locale, top - 16);
  canvas.y = Math.min(billToBottom, metaBottom) - 32;
}

/** Draws the "Bill to" block from baseline y down; returns the lowest baseline used. */
function drawBillTo(canvas: PdfCanvas, customer: InvoicePdfInput["customer"], y: number, maxWidth: number): number {
  canvas.text("Bill to", CONTENT_LEFT, y, { font: "bold", size: 9, color: COLORS.muted });
  const details = [customer.name, customer.email].filter((value): value is string => !!value?.trim());
  if (details.length === 0) details.push("-");
  details.forEach((value, index) => {
    y -= index === 0 ? 16 : 14;
    canvas.text(value, CONTENT_LEFT, y, { size: index === 0 ? 11 : 10, color: index === 0 ? COLORS.text : COLORS.muted, maxWidth });
  });
  return y;
}

/** Draws status and dates as right-hand label/value pairs; returns the lowest baseline used. */
function drawMeta(canvas: PdfCanvas, input: InvoicePdfInput, locale: string, y: number): number {
  const dates: [string, string | null][] = [
    ["Issued", formatDate(input.issuedAt, locale)],
    ["Due", formatDate(input.dueAt, locale)],
    ["Paid", formatDate(input.paidAt, locale)],
  ];
  const valueWidth = CONTENT_RIGHT - META_LEFT - 70;
  const status = { font: "bold" as const, color: STATUS_COLORS[input.status] ?? COLORS.muted };
  canvas.text("Status", META_LEFT, y, { color: COLORS.muted });
  canvas.text(statusLabel(input.status), CONTENT_RIGHT, y, { ...status, align: "right", maxWidth: valueWidth });
  for (const [label, value] of dates) {
    if (value === null) continue;
    y -= 16;
    canvas.text(label, META_LEFT, y, { color: COLORS.muted });
    canvas.text(value, CONTENT_RIGHT, y, { align: "right", maxWidth: valueWidth, shrink: true });
  }
  return y;
}

/** Sizes the number columns to their widest value (within limits); the description gets the rest. */
function layoutColumns(canvas: PdfCanvas, rows: Row[]): Columns {
  const widest = (values: string[], header: string, max: number) =>
    Math.min(max, Math.max(canvas.measure(header, "bold", 9), ...values.map((value) => canvas.measure(value))));
  const moneyWidth = widest(rows.flatMap((row) => [row.unit, row.amount]), "Unit price", 120);
  const qtyWidth = widest(rows.map((row) => row.qty), "Qty", 50);
  const amountRight = CONTENT_RIGHT - CELL_PADDING;
  const unitRight = amountRight - moneyWidth - COLUMN_GAP;
  const qtyRight = unitRight - moneyWidth - COLUMN_GAP;
  const descRight = qtyRight - qtyWidth - COLUMN_GAP;
  return { descLeft: CONTENT_LEFT + CELL_PADDING, descRight, qtyRight, unitRight, amountRight, qtyWidth, moneyWidth };
}

function drawTableHeader(canvas: PdfCanvas, cols: Columns): void {
  const y = canvas.y - BASELINE;
  const style = { font: "bold" as const, size: 9, color: COLORS.muted };
  canvas.band(canvas.y, ROW_HEIGHT);
  canvas.text("Description", cols.descLeft, y, style);
  canvas.text("Qty", cols.qtyRight, y, { ...style, align: "right" });
  canvas.text("Unit price", cols.unitRight, y, { ...style, align: "right" });
  canvas.text("Amount", cols.amountRight, y, { ...style, align: "right" });
  canvas.y -= ROW_HEIGHT;
}

function drawLineItems(canvas: PdfCanvas, rows: Row[], cols: Columns): void {
  canvas.ensureSpace(ROW_HEIGHT * 2); // never leave a header alone at the bottom of a page
  drawTableHeader(canvas, cols);
  if (rows.length === 0) {
    canvas.text("No line items", cols.descLeft, canvas.y - BASELINE, { color: COLORS.muted });
    canvas.y -= ROW_HEIGHT;
    canvas.rule(canvas.y);
  }
  for (const row of rows) {
    if (canvas.ensureSpace(ROW_HEIGHT)) drawTableHeader(canvas, cols);
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

function totalRows(input: InvoicePdfInput, money: (amount: number) => string): TotalRow[] {
  const rows: TotalRow[] = [{ label: "Subtotal", value: money(input.subtotal) }];
  if (input.discount !== 0) rows.push({ label: "Discount", value: money(-input.discount) });
  if (input.tax !== 0) rows.push({ label: "Tax", value: money(input.tax) });
  rows.push({ label: "Total", value: money(input.total), strong: true, ruleAbove: true });
  rows.push({ label: "Amount paid", value: money(input.amountPaid) });
  rows.push({ label: "Amount due", value: money(input.amountDue), strong: true, ruleAbove: true });
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
