// The invoice PDF as an HTTP response (attachment), or a 404 not_found when the tenant has no such invoice.
import { notFound } from "../errors";
import type { Tenant } from "../tenancy";
import { renderInvoiceDocument } from "./render-invoice-document";

export async function invoicePdfResponse(tenant: Tenant, invoiceId: string): Promise<Response> {
  const document = await renderInvoiceDocument(tenant, invoiceId);
  if (!document) throw notFound("invoice", invoiceId);
  return new Response(Buffer.from(document.bytes), {
    status: 200,
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${document.fileName}"`,
      "Content-Length": String(document.bytes.length),
      "Cache-Control": "private, no-store",
    },
  });
}
