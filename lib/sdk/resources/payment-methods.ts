import { paginate, segment } from "../pagination";
import type { Requester } from "../transport";
import type { ListParams, RequestOptions, ResponseOf } from "../types";
import type { PaymentMethodResource } from "../../payment-methods/payment-method-schemas";

/** A saved card (Plugipay's "payment token"); never more of it than brand, last4 and expiry. */
export type PaymentMethod = ResponseOf<typeof PaymentMethodResource>;

export function paymentMethodsResource(api: Requester) {
  const list = (customerId: string, params: ListParams = {}, options?: RequestOptions) =>
    api.list<PaymentMethod>({ method: "GET", path: `/customers/${segment(customerId)}/payment-methods`, query: params, options });
  return {
    /** GET /customers/{id}/payment-methods */
    list,
    listAll: (customerId: string, params: ListParams = {}, options?: RequestOptions) => paginate((page: ListParams) => list(customerId, page, options), params),
    /** POST /payment-methods/{id}/detach — answers the detached payment method. */
    detach: (id: string, options?: RequestOptions) =>
      api.data<PaymentMethod>({ method: "POST", path: `/payment-methods/${segment(id)}/detach`, body: {}, options }),
  };
}

export type PaymentMethodsResource = ReturnType<typeof paymentMethodsResource>;
