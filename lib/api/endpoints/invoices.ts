import type { Endpoint } from "../endpoint";

// Filled in by the invoices work.
export const invoicesEndpoints: Endpoint<never, never>[] = [];
