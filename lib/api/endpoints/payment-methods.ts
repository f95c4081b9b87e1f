// Payment methods (docs/api.md §10; Plugipay's "payment tokens"): a customer's cards, and detaching one.
import { defineEndpoint } from "../endpoint";
import { EmptyBody } from "../empty-body";
import { ListQuery } from "../list-query-schemas";
import { PaymentMethodResource } from "../../payment-methods/payment-method-schemas";
import { listPaymentMethodsPage } from "../../payment-methods/list-payment-methods-page";
import { detachPaymentMethodById } from "../../payment-methods/detach-payment-method-by-id";
import { toPaymentMethodResource } from "../../payment-methods/payment-method-resource";

export const paymentMethodsEndpoints = [
  defineEndpoint({
    method: "GET",
    path: "/customers/:id/payment-methods",
    scope: "plugipay:payment_methods:read",
    rateClass: "read",
    query: ListQuery,
    success: { status: 200, list: PaymentMethodResource },
    summary: "List a customer's payment methods",
    async handle({ tenant, params, query }) {
      const page = await listPaymentMethodsPage(tenant, params.id, query);
      return { list: { ...page, items: page.items.map((method) => toPaymentMethodResource(method, tenant.accountId)) } };
    },
  }),
  defineEndpoint({
    method: "POST",
    path: "/payment-methods/:id/detach",
    scope: "plugipay:payment_methods:write",
    rateClass: "mutating",
    body: EmptyBody,
    success: { status: 200, data: PaymentMethodResource },
    summary: "Detach a payment method from its customer",
    async handle({ tenant, params }) {
      return { data: await detachPaymentMethodById(tenant, params.id) };
    },
  }),
];
