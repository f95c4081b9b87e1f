import Link from "next/link";
import { notFound } from "next/navigation";
import { getPortalCustomer, getRequestLocale } from "@/lib/portal/current-portal";
import { listCustomerInvoices } from "@/lib/invoices/list-invoices";
import { InvoiceTable } from "@/components/portal/invoice-table";
import { secondaryButton } from "@/components/ui/styles";

const DEFAULT_PAGE_SIZE = 10;

function pageSize(value: string | string[] | undefined): number {
  const size = typeof value === "string" ? Number(value) : DEFAULT_PAGE_SIZE;
  return Number.isInteger(size) && size >= 1 && size <= 50 ? size : DEFAULT_PAGE_SIZE;
}

type Props = { params: Promise<{ sessionId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function InvoicesPage({ params, searchParams }: Props) {
  const { sessionId } = await params;
  const portal = await getPortalCustomer(sessionId);
  if (!portal) return null;
  if (!portal.capabilities.viewInvoices) notFound();
  const query = await searchParams;
  const cursor = query.cursor;
  const limit = pageSize(query.limit);
  const [locale, page] = await Promise.all([
    getRequestLocale(),
    listCustomerInvoices(portal.tenant, portal.customerId, { limit, cursor: typeof cursor === "string" ? cursor : null }),
  ]);
  const sizeParam = limit === DEFAULT_PAGE_SIZE ? "" : `limit=${limit}&`;
  const base = `/portal/${sessionId}/invoices`;

  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Invoices</h1>
      {page.invoices.length === 0 ? (
        <p className="mt-6 text-slate-700">{cursor ? "There are no more invoices." : "You have no invoices yet."}</p>
      ) : (
        <div className="mt-6">
          <InvoiceTable invoices={page.invoices} locale={locale} basePath={base} caption="Invoices, newest first" />
        </div>
      )}
      <nav aria-label="Invoice pages" className="mt-4 flex flex-wrap gap-3">
        {cursor ? <Link href={sizeParam ? `${base}?${sizeParam.slice(0, -1)}` : base} prefetch={false} className={secondaryButton}>Newest invoices</Link> : null}
        {page.nextCursor ? (
          <Link href={`${base}?${sizeParam}cursor=${encodeURIComponent(page.nextCursor)}`} prefetch={false} className={secondaryButton}>Older invoices</Link>
        ) : null}
      </nav>
    </>
  );
}
