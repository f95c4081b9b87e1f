// GET /portal/<id>/invoices/<invoice>/pdf — the invoice as a PDF, for the signed-in customer only.
import { getPortalCustomer } from "@/lib/portal/current-portal";
import { negotiateLocale } from "@/lib/portal/negotiate-locale";
import { renderInvoiceDocument } from "@/lib/invoices/render-invoice-document";
import { consumePdfRender } from "@/lib/portal/portal-rate-limits";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ sessionId: string; invoiceId: string }> }): Promise<Response> {
  const { sessionId, invoiceId } = await params;
  const portal = await getPortalCustomer(sessionId);
  if (!portal || !portal.capabilities.viewInvoices) return new Response("Not found", { status: 404 });
  // Rendering is the portal's most expensive request: a few a minute per customer (docs/api.md §7.7).
  const render = await consumePdfRender(portal.tenant.workspaceId, portal.customerId);
  if (!render.allowed) {
    return new Response("Too many downloads; try again shortly", {
      status: 429,
      headers: { "Retry-After": String(render.retryAfterSeconds), "Cache-Control": "no-store" },
    });
  }
  const locale = negotiateLocale(request.headers.get("accept-language"));
  const document = await renderInvoiceDocument(portal.tenant, invoiceId, { customerId: portal.customerId, locale });
  if (!document) return new Response("Not found", { status: 404 });
  return new Response(Buffer.from(document.bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${document.fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
