// The merchant SDK's entry point: `new PlugipayClient({ keyId, secret })`, then one property per
// resource. Signs every request as Plugipay's official Node/Go SDKs do (docs/api.md §2).
import { PlugipayError } from "./errors";
import { paginate } from "./pagination";
import { Transport } from "./transport";
import type { ListPage, ListParams } from "./types";
import { customersResource, type CustomersResource } from "./resources/customers";
import { eventsResource, type EventsResource } from "./resources/events";
import { invoicesResource, type InvoicesResource } from "./resources/invoices";
import { paymentMethodsResource, type PaymentMethodsResource } from "./resources/payment-methods";
import { plansResource, type PlansResource } from "./resources/plans";
import { portalSessionsResource, type PortalSessionsResource } from "./resources/portal-sessions";
import { portalSettingsResource, type PortalSettingsResource } from "./resources/portal-settings";
import { subscriptionsResource, type SubscriptionsResource } from "./resources/subscriptions";
import { webhookEndpointsResource, type WebhookEndpointsResource } from "./resources/webhook-endpoints";

export const DEFAULT_BASE_URL = "https://plugipay.com";
export const DEFAULT_TIMEOUT_MS = 30_000;

export type PlugipayClientOptions = {
  /** `pk_test_…` / `pk_live_…` */
  keyId: string;
  /** `sk_test_…` / `sk_live_…` — keep it server-side. */
  secret: string;
  /** Default `https://plugipay.com`; trailing slashes are stripped. */
  baseUrl?: string;
  /** Acts on behalf of this connected account (platform keys only). */
  onBehalfOf?: string;
  /** Per-request timeout, default 30 000 ms. No retries are made. */
  timeoutMs?: number;
  /** The fetch implementation; default the global fetch. */
  fetch?: typeof fetch;
  /** Version prefix, default `/api/v1` as the official SDKs; the API also answers under `/v1`. */
  pathPrefix?: "/api/v1" | "/v1";
  /** Clock in epoch milliseconds for the signed timestamp (tests); default Date.now. */
  now?: () => number;
};

export class PlugipayClient {
  readonly baseUrl: string;
  readonly pathPrefix: "/api/v1" | "/v1";
  readonly onBehalfOf: string | undefined;

  readonly portalSessions: PortalSessionsResource;
  readonly customers: CustomersResource;
  readonly plans: PlansResource;
  readonly subscriptions: SubscriptionsResource;
  readonly invoices: InvoicesResource;
  readonly paymentMethods: PaymentMethodsResource;
  readonly portalSettings: PortalSettingsResource;
  readonly events: EventsResource;
  readonly webhookEndpoints: WebhookEndpointsResource;

  private readonly options: PlugipayClientOptions;

  constructor(options: PlugipayClientOptions) {
    if (!options.keyId) throw new PlugipayError({ status: 0, code: "missing_key_id", message: "keyId is required" });
    if (!options.secret) throw new PlugipayError({ status: 0, code: "missing_secret", message: "secret is required" });
    this.options = { ...options };
    this.baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
    this.pathPrefix = options.pathPrefix ?? "/api/v1";
    this.onBehalfOf = options.onBehalfOf;
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
      throw new PlugipayError({ status: 0, code: "invalid_request", message: "timeoutMs must be a positive number" });
    }
    let base: URL;
    try {
      base = new URL(this.baseUrl);
    } catch {
      throw new PlugipayError({ status: 0, code: "invalid_request", message: `baseUrl is not a URL: ${this.baseUrl}` });
    }
    const fetchImpl = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
    const transport = new Transport({
      keyId: options.keyId,
      secret: options.secret,
      origin: base.origin,
      basePath: base.pathname.replace(/\/+$/, "") + this.pathPrefix,
      onBehalfOf: options.onBehalfOf,
      timeoutMs,
      fetch: fetchImpl as typeof fetch,
      now: options.now ?? (() => Date.now()),
    });
    this.portalSessions = portalSessionsResource(transport);
    this.customers = customersResource(transport);
    this.plans = plansResource(transport);
    this.subscriptions = subscriptionsResource(transport);
    this.invoices = invoicesResource(transport);
    this.paymentMethods = paymentMethodsResource(transport);
    this.portalSettings = portalSettingsResource(transport);
    this.events = eventsResource(transport);
    this.webhookEndpoints = webhookEndpointsResource(transport);
  }

  /** A client like this one that acts on behalf of a connected account (platform keys only). */
  forMerchant(accountId: string): PlugipayClient {
    return new PlugipayClient({ ...this.options, onBehalfOf: accountId });
  }

  /** Every item of a list across pages: `for await (const s of client.paginate(client.subscriptions.list, {}))`. */
  paginate<T, P extends ListParams>(listFn: (params: P) => Promise<ListPage<T>>, params?: P): AsyncGenerator<T, void, undefined> {
    return paginate(listFn, params);
  }
}
