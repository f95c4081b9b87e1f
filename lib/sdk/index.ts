// Plugipay merchant SDK: a typed client for the merchant REST API and a webhook verifier.
export { PlugipayClient, DEFAULT_BASE_URL, DEFAULT_TIMEOUT_MS, type PlugipayClientOptions } from "./plugipay-client";
export { PlugipayError, PlugipayWebhookError, type PlugipayErrorInit, type WebhookErrorCode } from "./errors";
export { verifyWebhook, parseSignatureHeader, SIGNATURE_HEADER, DEFAULT_TOLERANCE_SECONDS, type VerifyWebhookOptions } from "./verify-webhook";
export { paginate } from "./pagination";
export type { ListPage, ListParams, Metadata, RequestOptions } from "./types";
export type * from "./resources/portal-sessions";
export type * from "./resources/customers";
export type * from "./resources/plans";
export type * from "./resources/subscriptions";
export type * from "./resources/invoices";
export type * from "./resources/payment-methods";
export type * from "./resources/portal-settings";
export type * from "./resources/events";
export type * from "./resources/webhook-endpoints";
