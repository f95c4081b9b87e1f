// The one error type. Domain code throws it with an error code of docs/api.md §1.7; the API kit turns it into
// the envelope and status, the portal into a message. Messages never carry secrets.
export const ERROR_STATUS = {
  VALIDATION_ERROR: 400,
  invalid_key: 401,
  invalid_timestamp: 401,
  timestamp_skew: 401,
  invalid_signature: 401,
  insufficient_scope: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  idempotency_mismatch: 409,
  idempotency_in_progress: 409,
  invalid_state: 409,
  already_queued: 409,
  endpoint_disabled: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  card_declined: 402,
  rate_limited: 429,
  internal_error: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;
  readonly details?: Record<string, unknown>;
  /** The message is already in the customer's language (a portal form's own check), not the domain's English. */
  readonly isCustomerWorded: boolean;

  constructor(code: ErrorCode, message: string, options: { field?: string; details?: Record<string, unknown>; isCustomerWorded?: boolean } = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.field = options.field;
    this.details = options.details;
    this.isCustomerWorded = options.isCustomerWorded ?? false;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export function notFound(resource: string, id?: string): AppError {
  return new AppError("not_found", id ? `No such ${resource}: '${id}'` : `No such ${resource}`);
}

export function isUniqueConstraintError(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
