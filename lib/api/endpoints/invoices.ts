// Invoices (docs/api.md §10): list, retrieve, PDF, and the pay / void / finalize actions.
import { defineEndpoint } from "../endpoint";
import { EmptyBody } from "../empty-body";
import { InvoiceResource, ListInvoicesQuery } from "../../invoices/invoice-schemas";
import { findInvoice } from "../../invoices/find-invoice";
import { toInvoiceResource } from "../../invoices/invoice-resource";
import { listInvoices } from "../../invoices/list-invoices";
import { invoicePdfResponse } from "../../invoices/invoice-pdf-response";
import { payInvoiceForApi } from "../../invoices/pay-invoice-for-api";
import { voidInvoice } from "../../invoices/void-invoice";
import { finalizeInvoice } from "../../invoices/finalize-invoice";

const READ = "plugipay:invoices:read";
const WRITE = "plugipay:invoices:write";
const AN_INVOICE = { status: 200, data: InvoiceResource } as const;

export const invoicesEndpoints = [
  defineEndpoint({
    method: "GET",
    path: "/invoices",
    scope: READ,
    rateClass: "read",
    query: ListInvoicesQuery,
    success: { status: 200, list: InvoiceResource },
    summary: "List invoices",
    async handle({ tenant, query }) {
      const { limit, cursor, order, ...filters } = query;
      const page = await listInvoices(tenant, filters, { limit, cursor, order });
      return { list: { ...page, items: page.items.map((invoice) => toInvoiceResource(invoice, tenant.accountId)) } };
    },
  }),
  defineEndpoint({
    method: "GET",
    path: "/invoices/:id",
    scope: READ,
    rateClass: "read",
    success: AN_INVOICE,
    summary: "Retrieve an invoice",
    async handle({ tenant, params }) {
      return { data: toInvoiceResource(await findInvoice(tenant, params.id), tenant.accountId) };
    },
  }),
  defineEndpoint({
    method: "GET",
    path: "/invoices/:id/pdf",
    scope: READ,
    rateClass: "heavy",
    success: { status: 200, file: "application/pdf" },
    summary: "Download an invoice as a PDF",
    async handle({ tenant, params }) {
      return { response: await invoicePdfResponse(tenant, params.id) };
    },
  }),
  defineEndpoint({
    method: "POST",
    path: "/invoices/:id/pay",
    scope: WRITE,
    rateClass: "mutating",
    body: EmptyBody,
    success: AN_INVOICE,
    summary: "Pay an open invoice with the customer's card",
    async handle({ tenant, params }) {
      return { data: await payInvoiceForApi(tenant, params.id) };
    },
  }),
  defineEndpoint({
    method: "POST",
    path: "/invoices/:id/void",
    scope: WRITE,
    rateClass: "mutating",
    body: EmptyBody,
    success: AN_INVOICE,
    summary: "Void an unpaid invoice",
    async handle({ tenant, params }) {
      return { data: await voidInvoice(tenant, params.id) };
    },
  }),
  defineEndpoint({
    method: "POST",
    path: "/invoices/:id/finalize",
    scope: WRITE,
    rateClass: "mutating",
    body: EmptyBody,
    success: AN_INVOICE,
    summary: "Finalize a draft invoice",
    async handle({ tenant, params }) {
      return { data: await finalizeInvoice(tenant, params.id) };
    },
  }),
];
