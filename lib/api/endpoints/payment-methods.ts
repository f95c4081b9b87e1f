import type { Endpoint } from "../endpoint";

// Filled in by the payment-methods work.
export const paymentMethodsEndpoints: Endpoint<never, never>[] = [];
