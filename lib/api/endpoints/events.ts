import type { Endpoint } from "../endpoint";

// Filled in by the events work.
export const eventsEndpoints: Endpoint<never, never>[] = [];
