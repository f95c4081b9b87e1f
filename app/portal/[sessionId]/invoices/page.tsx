import Link from "next/link";
import { notFound } from "next/navigation";
import { getPortalCustomer, getRequestLocale } from "@/lib/portal/current-portal";
import { listCustomerInvoices } from "@/lib/invoices/list-invoices";
import { InvoiceTable } from "@/components/portal/invoice-table";
import { secondaryButton } from "@/components/ui/styles";

const PAGE_SIZE = 10;

type Props = { params: Promise<{ sessionId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function InvoicesPage({ params, searchParams }: Props) {
  const { sessionId } = await params;
  const portal = await getPortalCustomer(sessionId);
  if (!portal) return null;
  if (!portal.capabilities.viewInvoices) notFound();
  const cursor = (await searchParams).cursor;
  const [locale, page] = await Promise.all([
    getRequestLocale(),
    listCustomerInvoices(portal.tenant, portal.customerId, { limit: PAGE_SIZE, cursor: typeof cursor === "string" ? cursor : null }),
  ]);
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
        {cursor ? <Link href={base} prefetch={false} className={secondaryButton}>Newest invoices</Link> : null}
        {page.nextCursor ? (
          <Link href={`${base}?cursor=${encodeURIComponent(page.nextCursor)}`} prefetch={false} className={secondaryButton}>Older invoices</Link>
        ) : null}
      </nav>
    </>
  );
}
