// GET /portal/<id>/invoices/<invoice>/pdf — the invoice as a PDF, for the signed-in customer only.
import { getPortalCustomer } from "@/lib/portal/current-portal";
import { renderInvoiceDocument } from "@/lib/invoices/render-invoice-document";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ sessionId: string; invoiceId: string }> }): Promise<Response> {
  const { sessionId, invoiceId } = await params;
  const portal = await getPortalCustomer(sessionId);
  if (!portal || !portal.capabilities.viewInvoices) return new Response("Not found", { status: 404 });
  const locale = request.headers.get("accept-language")?.split(",")[0]?.split(";")[0]?.trim() || "en-US";
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
