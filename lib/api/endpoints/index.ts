import type { Endpoint } from "../endpoint";
import { createPortalSessionEndpoint } from "./portal-sessions";
import { customersEndpoints } from "./customers";
import { plansEndpoints } from "./plans";
import { subscriptionsEndpoints } from "./subscriptions";
import { invoicesEndpoints } from "./invoices";
import { paymentMethodsEndpoints } from "./payment-methods";
import { portalSettingsEndpoints } from "./portal-settings";
import { eventsEndpoints } from "./events";
import { testClocksEndpoints } from "./test-clocks";
import { webhooksEndpoints } from "./webhooks";

/** Every merchant API endpoint, served under /v1 and /api/v1. */
export const ENDPOINTS: Endpoint<never, never>[] = [
  createPortalSessionEndpoint as Endpoint<never, never>,
  ...customersEndpoints,
  ...plansEndpoints,
  ...subscriptionsEndpoints,
  ...invoicesEndpoints,
  ...paymentMethodsEndpoints,
  ...portalSettingsEndpoints,
  ...eventsEndpoints,
  ...testClocksEndpoints,
  ...webhooksEndpoints,
];
