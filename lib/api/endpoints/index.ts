import type { Endpoint } from "../endpoint";
import { createPortalSessionEndpoint } from "./portal-sessions";

/** Every merchant API endpoint, served under /v1 and /api/v1. */
export const ENDPOINTS: Endpoint<never, never>[] = [createPortalSessionEndpoint as Endpoint<never, never>];
