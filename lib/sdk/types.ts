// Shapes shared by every resource of the SDK.

/** String key-value pairs for your own use. */
export type Metadata = Record<string, string>;

/** One page of a list: `data` from the envelope, `cursor`/`hasMore` from its `meta`. */
export type ListPage<T> = { data: T[]; cursor: string | null; hasMore: boolean };

/** Paging parameters every list takes (`limit` 1–100, default 50; `order` default desc). */
export type ListParams = { limit?: number; cursor?: string; order?: "asc" | "desc" };

/** Per-call options. */
export type RequestOptions = {
  /** Idempotency-Key for this call; non-GET calls get `idem_<uuid>` when omitted. */
  idempotencyKey?: string;
  /** Acts on behalf of this connected account for this call only (platform keys). */
  onBehalfOf?: string;
  /** Overrides the client's timeout for this call. */
  timeoutMs?: number;
};

export type QueryValue = string | number | boolean | undefined;
