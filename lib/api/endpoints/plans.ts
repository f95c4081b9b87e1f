import type { Endpoint } from "../endpoint";

// Filled in by the plans work.
export const plansEndpoints: Endpoint<never, never>[] = [];
