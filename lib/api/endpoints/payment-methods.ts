// Payment methods (contract §10; Plugipay's "payment tokens"): a customer's cards, and detaching one.
import { z } from "zod";
import { defineEndpoint, endpointList } from "../endpoint";
import { ListQuery, type ListQueryShape } from "../list-query";
import { listPaymentMethodsPage } from "../../payment-methods/list-payment-methods-page";
import { detachPaymentMethodById } from "../../payment-methods/detach-payment-method-by-id";
import { toPaymentMethodResource } from "../../payment-methods/payment-method-resource";

/** Detach takes no fields; the official SDKs send `{}` or no body at all (parsed as `{}`). */
const NoFields = z.object({}).strict();

export const paymentMethodsEndpoints = endpointList(
  defineEndpoint<undefined, ListQueryShape>({
    method: "GET",
    path: "/customers/:id/payment-methods",
    scope: "plugipay:payment_methods:read",
    rateClass: "read",
    query: ListQuery,
    summary: "List a customer's payment methods",
    async handle({ tenant, params, query }) {
      const page = await listPaymentMethodsPage(tenant, params.id ?? "", query);
      return { status: 200, list: { ...page, items: page.items.map((method) => toPaymentMethodResource(method, tenant.accountId)) } };
    },
  }),
  defineEndpoint<z.infer<typeof NoFields>>({
    method: "POST",
    path: "/payment-methods/:id/detach",
    scope: "plugipay:payment_methods:write",
    rateClass: "mutating",
    body: NoFields,
    summary: "Detach a payment method from its customer",
    async handle({ tenant, params }) {
      return { status: 200, data: await detachPaymentMethodById(tenant, params.id ?? "") };
    },
  }),
);
