import type { Endpoint } from "../endpoint";

// Filled in by the portal-settings work.
export const portalSettingsEndpoints: Endpoint<never, never>[] = [];
