import { paginate, segment } from "../pagination";
import type { Requester } from "../transport";
import type { ListParams, RequestOptions } from "../types";

export type InvoiceStatus = "draft" | "open" | "past_due" | "paid" | "void" | "uncollectible";

export type InvoiceLine = {
  id: string;
  description: string;
  quantity: number;
  unitAmount: number;
  amount: number;
  priceId: string | null;
};

export type Invoice = {
  id: string;
  arn: string;
  accountId: string;
  customerId: string;
  subscriptionId: string | null;
  status: InvoiceStatus;
  number: string;
  currency: string;
  subtotal: number;
  discount: number;
  tax: number;
  total: number;
  amountPaid: number;
  amountDue: number;
  dueAt: string | null;
  issuedAt: string | null;
  paidAt: string | null;
  voidedAt: string | null;
  collectionAttempts: number;
  lines: InvoiceLine[];
  createdAt: string;
  updatedAt: string;
};

export type ListInvoicesParams = ListParams & { customerId?: string; status?: InvoiceStatus; subscriptionId?: string };

export function invoicesResource(api: Requester) {
  const path = (id: string, action = "") => `/invoices/${segment(id)}${action}`;
  const action = (name: string) => (id: string, options?: RequestOptions) =>
    api.data<Invoice>({ method: "POST", path: path(id, `/${name}`), body: {}, options });
  const list = (params: ListInvoicesParams = {}, options?: RequestOptions) =>
    api.list<Invoice>({ method: "GET", path: "/invoices", query: params, options });
  return {
    retrieve: (id: string, options?: RequestOptions) => api.data<Invoice>({ method: "GET", path: path(id), options }),
    list,
    listAll: (params: ListInvoicesParams = {}, options?: RequestOptions) =>
      paginate((page: ListInvoicesParams) => list(page, options), params),
    /** Pays an open invoice with the customer's default card. */
    pay: action("pay"),
    void: action("void"),
    /** Finalizes a draft invoice (status becomes `open`). */
    finalize: action("finalize"),
    /** The invoice as a PDF document. */
    pdf: (id: string, options?: RequestOptions) => api.bytes({ method: "GET", path: path(id, "/pdf"), options }),
  };
}

export type InvoicesResource = ReturnType<typeof invoicesResource>;
