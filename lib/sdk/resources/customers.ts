import { paginate, segment } from "../pagination";
import type { Requester } from "../transport";
import type { ListParams, Metadata, RequestOptions } from "../types";

export type Customer = {
  id: string;
  arn: string;
  accountId: string;
  externalId: string | null;
  email: string | null;
  name: string | null;
  phone: string | null;
  taxId: string | null;
  defaultPaymentTokenId: string | null;
  metadata: Metadata | null;
  createdAt: string;
  updatedAt: string;
};

export type CreateCustomerParams = {
  email?: string;
  name?: string;
  phone?: string;
  externalId?: string;
  taxId?: string;
  metadata?: Metadata;
};

/** Only the fields sent change; null clears a field. */
export type UpdateCustomerParams = {
  email?: string | null;
  name?: string | null;
  phone?: string | null;
  externalId?: string | null;
  taxId?: string | null;
  metadata?: Metadata | null;
  defaultPaymentTokenId?: string | null;
};

export type ListCustomersParams = ListParams & { email?: string; externalId?: string };

export function customersResource(api: Requester) {
  const list = (params: ListCustomersParams = {}, options?: RequestOptions) =>
    api.list<Customer>({ method: "GET", path: "/customers", query: params, options });
  return {
    create: (params: CreateCustomerParams, options?: RequestOptions) =>
      api.data<Customer>({ method: "POST", path: "/customers", body: params, options }),
    retrieve: (id: string, options?: RequestOptions) =>
      api.data<Customer>({ method: "GET", path: `/customers/${segment(id)}`, options }),
    list,
    listAll: (params: ListCustomersParams = {}, options?: RequestOptions) =>
      paginate((page: ListCustomersParams) => list(page, options), params),
    update: (id: string, params: UpdateCustomerParams, options?: RequestOptions) =>
      api.data<Customer>({ method: "PATCH", path: `/customers/${segment(id)}`, body: params, options }),
  };
}

export type CustomersResource = ReturnType<typeof customersResource>;
