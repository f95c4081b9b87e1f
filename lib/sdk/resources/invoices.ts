import { paginate, segment } from "../pagination";
import type { Requester } from "../transport";
import type { ListFilters, ListParams, RequestOf, RequestOptions, ResponseOf } from "../types";
import type { InvoiceLineResource, InvoiceResource, ListInvoicesQuery } from "../../invoices/invoice-schemas";
import type { SentInvoiceEmail as SentInvoiceEmailSchema } from "../../invoices/invoice-email-schemas";
import type { CreateInvoiceBody } from "../../invoices/create-invoice-schemas";

export type Invoice = ResponseOf<typeof InvoiceResource>;

export type InvoiceStatus = Invoice["status"];

export type InvoiceLine = ResponseOf<typeof InvoiceLineResource>;

/** `sent` and `to` as the official SDK reads them, with the queued message's id and status. */
export type SentInvoiceEmail = ResponseOf<typeof SentInvoiceEmailSchema>;

export type ListInvoicesParams = ListParams & ListFilters<typeof ListInvoicesQuery>;

/** A one-off invoice: customerId, currency, lines of { description, quantity, unitAmount }; a draft unless status is "open". */
export type CreateInvoiceParams = RequestOf<typeof CreateInvoiceBody>;

export function invoicesResource(api: Requester) {
  const path = (id: string, action = "") => `/invoices/${segment(id)}${action}`;
  const action = (name: string) => (id: string, options?: RequestOptions) =>
    api.data<Invoice>({ method: "POST", path: path(id, `/${name}`), body: {}, options });
  const list = (params: ListInvoicesParams = {}, options?: RequestOptions) => api.list<Invoice>({ method: "GET", path: "/invoices", query: params, options });
  return {
    create: (params: CreateInvoiceParams, options?: RequestOptions) => api.data<Invoice>({ method: "POST", path: "/invoices", body: params, options }),
    get: (id: string, options?: RequestOptions) => api.data<Invoice>({ method: "GET", path: path(id), options }),
    list,
    listAll: (params: ListInvoicesParams = {}, options?: RequestOptions) => paginate((page: ListInvoicesParams) => list(page, options), params),
    /** Pays an open invoice with the customer's default card. */
    pay: action("pay"),
    void: action("void"),
    /** Finalizes a draft invoice (status becomes `open`). */
    finalize: action("finalize"),
    /** Emails the invoice with its PDF to the customer, or to `to` (queued in the outbox, sent by the worker). */
    sendEmail: (id: string, to?: string, options?: RequestOptions) =>
      api.data<SentInvoiceEmail>({ method: "POST", path: path(id, "/send-email"), body: to ? { to } : {}, options }),
    /** The invoice as a PDF document. */
    pdf: (id: string, options?: RequestOptions) => api.bytes({ method: "GET", path: path(id, "/pdf"), options }),
  };
}

export type InvoicesResource = ReturnType<typeof invoicesResource>;
