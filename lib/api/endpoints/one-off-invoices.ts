// One-off invoices and the official SDK's PDF route (docs/api.md §10.5): POST /invoices creates a
// draft (or open) invoice with lines for a customer; GET /invoices/{id}/invoice.pdf is the same
// endpoint as GET /invoices/{id}/pdf under the path the SDK calls, with its scope and rate class.
import type { Endpoint } from "../endpoint";
import { defineEndpoint } from "../endpoint";
import { CreateInvoiceBody } from "../../invoices/create-invoice-schemas";
import { InvoiceResource } from "../../invoices/invoice-schemas";
import { createOneOffInvoice } from "../../invoices/create-one-off-invoice";
import { invoicesEndpoints } from "./invoices";

const invoicePdfEndpoint = invoicesEndpoints.find((endpoint) => endpoint.method === "GET" && endpoint.path === "/invoices/:id/pdf");
if (!invoicePdfEndpoint) throw new Error("GET /invoices/:id/pdf is missing from the invoice endpoints");

const invoicePdfAlias: Endpoint = {
  ...invoicePdfEndpoint,
  path: "/invoices/:id/invoice.pdf",
  summary: `${invoicePdfEndpoint.summary} (the official SDK's path for GET /invoices/{id}/pdf)`,
};

export const oneOffInvoicesEndpoints = [
  defineEndpoint({
    method: "POST",
    path: "/invoices",
    scope: "plugipay:invoices:write",
    rateClass: "mutating",
    body: CreateInvoiceBody,
    success: { status: 201, data: InvoiceResource },
    summary: 'Create a one-off invoice with lines for a customer: a draft to finalize later, or issued at once with status "open"',
    async handle({ tenant, body }) {
      return { data: await createOneOffInvoice(tenant, body) };
    },
  }),
  invoicePdfAlias,
];
