import type { Endpoint } from "../endpoint";
import { createPortalSessionEndpoint } from "./portal-sessions";
import { customersEndpoints } from "./customers";
import { plansEndpoints } from "./plans";
import { subscriptionsEndpoints } from "./subscriptions";
import { invoicesEndpoints } from "./invoices";
import { oneOffInvoicesEndpoints } from "./one-off-invoices";
import { invoiceEmailEndpoints } from "./invoice-email";
import { paymentMethodsEndpoints } from "./payment-methods";
import { portalSettingsEndpoints } from "./portal-settings";
import { eventsEndpoints } from "./events";
import { testClocksEndpoints } from "./test-clocks";
import { webhooksEndpoints } from "./webhooks";
import { webhookDeliveriesEndpoints } from "./webhook-deliveries";

/** Every merchant API endpoint, served under /v1 and /api/v1. */
export const ENDPOINTS: readonly Endpoint[] = [
  createPortalSessionEndpoint,
  ...customersEndpoints,
  ...plansEndpoints,
  ...subscriptionsEndpoints,
  ...invoicesEndpoints,
  ...oneOffInvoicesEndpoints,
  ...invoiceEmailEndpoints,
  ...paymentMethodsEndpoints,
  ...portalSettingsEndpoints,
  ...eventsEndpoints,
  ...testClocksEndpoints,
  ...webhooksEndpoints,
  ...webhookDeliveriesEndpoints,
];
