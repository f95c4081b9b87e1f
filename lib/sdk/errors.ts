// Errors the SDK throws: PlugipayError for API calls (built from the response envelope, or local
// with status 0), PlugipayWebhookError for webhook verification.

export type PlugipayErrorInit = {
  status: number;
  code: string;
  message: string;
  requestId?: string | null;
  field?: string;
  details?: unknown;
};

/** An API call failed: an error envelope (status ≥ 400) or a local failure (status 0). */
export class PlugipayError extends Error {
  override readonly name = "PlugipayError";
  /** HTTP status; 0 when no response arrived (`network_error`, `timeout`). */
  readonly status: number;
  /** `error.code` of the envelope (e.g. `not_found`, `VALIDATION_ERROR`), or a local code. */
  readonly code: string;
  /** `meta.requestId` (or the `X-Request-Id` header) — quote it to support. */
  readonly requestId: string | null;
  /** The first offending field of a validation error. */
  readonly field?: string;
  readonly details?: unknown;

  constructor(init: PlugipayErrorInit, options?: { cause?: unknown }) {
    super(init.message, options);
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId ?? null;
    if (init.field !== undefined) this.field = init.field;
    if (init.details !== undefined) this.details = init.details;
  }
}

export type WebhookErrorCode = "signature_missing" | "signature_malformed" | "signature_stale" | "signature_invalid" | "invalid_payload";

/** A webhook delivery failed verification. Answer `status` (401, or 400 for invalid_payload). */
export class PlugipayWebhookError extends Error {
  override readonly name = "PlugipayWebhookError";
  readonly code: WebhookErrorCode;
  readonly status: 400 | 401;

  constructor(code: WebhookErrorCode, message: string) {
    super(message);
    this.code = code;
    this.status = code === "invalid_payload" ? 400 : 401;
  }
}
