import type { Endpoint } from "../endpoint";

// Filled in by the customers work.
export const customersEndpoints: Endpoint<never, never>[] = [];
