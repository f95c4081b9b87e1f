// Invoices (contract §10): list, retrieve, PDF, and the pay / void / finalize actions.
import { z } from "zod";
import { defineEndpoint, endpointList } from "../endpoint";
import { listQueryWith } from "../list-query";
import { findInvoice } from "../../invoices/find-invoice";
import { toInvoiceResource } from "../../invoices/invoice-resource";
import { listInvoices } from "../../invoices/list-invoices";
import { INVOICE_STATUSES } from "../../invoices/invoice-statuses";
import { invoicePdfResponse } from "../../invoices/invoice-pdf-response";
import { payInvoiceForApi } from "../../invoices/pay-invoice-for-api";
import { voidInvoice } from "../../invoices/void-invoice";
import { finalizeInvoice } from "../../invoices/finalize-invoice";

const READ = "plugipay:invoices:read";
const WRITE = "plugipay:invoices:write";

const ListInvoicesQuery = listQueryWith({
  customerId: z.string().min(1).max(64).optional().describe("Only this customer's invoices."),
  status: z.enum(INVOICE_STATUSES).optional().describe("Only invoices in this status."),
  subscriptionId: z.string().min(1).max(64).optional().describe("Only this subscription's invoices."),
});

/** The actions take no fields; the official SDKs send `{}` or no body at all (parsed as `{}`). */
const NoFields = z.object({}).strict();

export const invoicesEndpoints = endpointList(
  defineEndpoint<undefined, z.infer<typeof ListInvoicesQuery>>({
    method: "GET",
    path: "/invoices",
    scope: READ,
    rateClass: "read",
    query: ListInvoicesQuery,
    summary: "List invoices",
    async handle({ tenant, query }) {
      const { limit, cursor, order, ...filters } = query;
      const page = await listInvoices(tenant, filters, { limit, cursor, order });
      return { status: 200, list: { ...page, items: page.items.map((invoice) => toInvoiceResource(invoice, tenant.accountId)) } };
    },
  }),
  defineEndpoint({
    method: "GET",
    path: "/invoices/:id",
    scope: READ,
    rateClass: "read",
    summary: "Retrieve an invoice",
    async handle({ tenant, params }) {
      return { status: 200, data: toInvoiceResource(await findInvoice(tenant, params.id ?? ""), tenant.accountId) };
    },
  }),
  defineEndpoint({
    method: "GET",
    path: "/invoices/:id/pdf",
    scope: READ,
    rateClass: "read",
    summary: "Download an invoice as a PDF",
    async handle({ tenant, params }) {
      return { response: await invoicePdfResponse(tenant, params.id ?? "") };
    },
  }),
  defineEndpoint<z.infer<typeof NoFields>>({
    method: "POST",
    path: "/invoices/:id/pay",
    scope: WRITE,
    rateClass: "mutating",
    body: NoFields,
    summary: "Pay an open invoice with the customer's card",
    async handle({ tenant, params }) {
      return { status: 200, data: await payInvoiceForApi(tenant, params.id ?? "") };
    },
  }),
  defineEndpoint<z.infer<typeof NoFields>>({
    method: "POST",
    path: "/invoices/:id/void",
    scope: WRITE,
    rateClass: "mutating",
    body: NoFields,
    summary: "Void an unpaid invoice",
    async handle({ tenant, params }) {
      return { status: 200, data: await voidInvoice(tenant, params.id ?? "") };
    },
  }),
  defineEndpoint<z.infer<typeof NoFields>>({
    method: "POST",
    path: "/invoices/:id/finalize",
    scope: WRITE,
    rateClass: "mutating",
    body: NoFields,
    summary: "Finalize a draft invoice",
    async handle({ tenant, params }) {
      return { status: 200, data: await finalizeInvoice(tenant, params.id ?? "") };
    },
  }),
);
