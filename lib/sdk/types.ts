// Shapes shared by every resource of the SDK. Request and response types are the server's own
// schemas (lib/**/*-schemas.ts, imported as types only), read through the Standard Schema types that
// zod implements: what a schema accepts is a request's type, what it produces is a response's.
import type { Metadata as MetadataSchema } from "../customers/metadata-schemas";
import type { ListQuery } from "../api/list-query-schemas";

type TypedSchema = { readonly "~standard": { readonly types?: { readonly input: unknown; readonly output: unknown } } };

/** The type a request schema accepts (what the SDK sends). */
export type RequestOf<Schema extends TypedSchema> = NonNullable<Schema["~standard"]["types"]>["input"];

/** The type a response schema produces (what the API answers). */
export type ResponseOf<Schema extends TypedSchema> = NonNullable<Schema["~standard"]["types"]>["output"];

/** String key-value pairs for your own use. */
export type Metadata = RequestOf<typeof MetadataSchema>;

/** One page of a list: `data` from the envelope, `cursor`/`hasMore` from its `meta`. */
export type ListPage<T> = { data: T[]; cursor: string | null; hasMore: boolean };

/** Paging parameters every list takes (`limit` 1–100, default 50; `order` default desc). */
export type ListParams = Partial<ResponseOf<typeof ListQuery>>;

/** A list query's filters (every one optional), without the paging parameters. */
export type ListFilters<Query extends TypedSchema> = Partial<Omit<ResponseOf<Query>, keyof ListParams>>;

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
