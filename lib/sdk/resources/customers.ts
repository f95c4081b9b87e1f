import { paginate, segment } from "../pagination";
import type { Requester } from "../transport";
import type { ListFilters, ListParams, RequestOf, RequestOptions, ResponseOf } from "../types";
import type {
  CreateCustomerBody,
  CustomerResource,
  DeletedCustomer as DeletedCustomerSchema,
  ListCustomersQuery,
  UpdateCustomerBody,
} from "../../customers/customer-schemas";

export type Customer = ResponseOf<typeof CustomerResource>;

export type CreateCustomerParams = RequestOf<typeof CreateCustomerBody>;

/** Only the fields sent change; null clears a field. */
export type UpdateCustomerParams = RequestOf<typeof UpdateCustomerBody>;

export type DeletedCustomer = ResponseOf<typeof DeletedCustomerSchema>;

/** `createdAfter` / `createdBefore`: a Date, or an ISO 8601 time or date as text. */
export type ListCustomersParams = ListParams &
  Omit<ListFilters<typeof ListCustomersQuery>, "createdAfter" | "createdBefore"> & { createdAfter?: Date | string; createdBefore?: Date | string };

/** The query as sent: Dates written as ISO 8601 (what the API reads), everything else as given. */
function toQuery({ createdAfter, createdBefore, ...rest }: ListCustomersParams) {
  const iso = (bound: Date | string | undefined) => (bound instanceof Date ? bound.toISOString() : bound);
  return { ...rest, createdAfter: iso(createdAfter), createdBefore: iso(createdBefore) };
}

export function customersResource(api: Requester) {
  const list = (params: ListCustomersParams = {}, options?: RequestOptions) =>
    api.list<Customer>({ method: "GET", path: "/customers", query: toQuery(params), options });
  return {
    create: (params: CreateCustomerParams, options?: RequestOptions) => api.data<Customer>({ method: "POST", path: "/customers", body: params, options }),
    get: (id: string, options?: RequestOptions) => api.data<Customer>({ method: "GET", path: `/customers/${segment(id)}`, options }),
    list,
    listAll: (params: ListCustomersParams = {}, options?: RequestOptions) => paginate((page: ListCustomersParams) => list(page, options), params),
    update: (id: string, params: UpdateCustomerParams, options?: RequestOptions) =>
      api.data<Customer>({ method: "PATCH", path: `/customers/${segment(id)}`, body: params, options }),
    /** Deletes a customer without a live subscription (409 conflict otherwise); its portal links stop working. */
    delete: (id: string, options?: RequestOptions) => api.data<DeletedCustomer>({ method: "DELETE", path: `/customers/${segment(id)}`, options }),
  };
}

export type CustomersResource = ReturnType<typeof customersResource>;
