// One page of a customer's invoices for the portal's Invoices page, newest first, that pages both
// ways and says where it is (issue 12, item 3: "Invoices 11–20 of 34"). Keyset over (createdAt, id)
// like lib/pagination.ts: `after` is the last invoice of the page before (older ones follow), `before`
// the first invoice of the page after (newer ones precede); an unknown invoice id gives an empty page.
import "server-only";
import { prisma } from "../db";
import { tenantWhere, type Tenant } from "../tenancy";
import { SETTLING_CHARGE } from "./invoice-resource";

export type InvoicePageRequest = { limit: number; after?: string | null; before?: string | null };

type Anchor = { id: string; createdAt: Date };

const newerThan = (anchor: Anchor) => ({ OR: [{ createdAt: { gt: anchor.createdAt } }, { createdAt: anchor.createdAt, id: { gt: anchor.id } }] });
const olderThan = (anchor: Anchor) => ({ OR: [{ createdAt: { lt: anchor.createdAt } }, { createdAt: anchor.createdAt, id: { lt: anchor.id } }] });

export async function listCustomerInvoicePage(tenant: Tenant, customerId: string, request: InvoicePageRequest) {
  const where = { ...tenantWhere(tenant), customerId };
  const include = { lines: { orderBy: { position: "asc" as const } }, charges: SETTLING_CHARGE };
  const total = await prisma.invoice.count({ where });
  const anchorId = request.before ?? request.after ?? null;
  const anchor = anchorId ? await prisma.invoice.findFirst({ where: { ...where, id: anchorId }, select: { id: true, createdAt: true } }) : null;
  if (anchorId && !anchor) return { invoices: [], total, firstPosition: 0, newerCursor: null, olderCursor: null };

  const invoices =
    anchor && request.before
      ? (
          await prisma.invoice.findMany({
            where: { ...where, ...newerThan(anchor) },
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
            take: request.limit,
            include,
          })
        ).reverse()
      : await prisma.invoice.findMany({
          where: { ...where, ...(anchor ? olderThan(anchor) : {}) },
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          take: request.limit,
          include,
        });
  const first = invoices[0];
  const last = invoices.at(-1);
  const newer = first ? await prisma.invoice.count({ where: { ...where, ...newerThan(first) } }) : 0;
  const older = last ? await prisma.invoice.count({ where: { ...where, ...olderThan(last) } }) : 0;
  return {
    invoices,
    total,
    /** 1-based position of the page's first invoice in the whole list, newest first (0 when the page is empty). */
    firstPosition: first ? newer + 1 : 0,
    /** Pass as `before` for the newer page, when there is one. */
    newerCursor: first && newer > 0 ? first.id : null,
    /** Pass as `after` for the older page, when there is one. */
    olderCursor: last && older > 0 ? last.id : null,
  };
}

export type CustomerInvoicePage = Awaited<ReturnType<typeof listCustomerInvoicePage>>;
