import type { Endpoint } from "../endpoint";

// Filled in by the subscriptions work.
export const subscriptionsEndpoints: Endpoint<never, never>[] = [];
