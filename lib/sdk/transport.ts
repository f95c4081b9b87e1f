// Sends one signed request the way Plugipay's official SDKs do (docs/api.md §1, §2, §5) and reads the
// envelope: exact JSON bytes signed, fresh timestamp, automatic Idempotency-Key on every non-GET,
// a timeout, no retries.
import { randomUUID } from "node:crypto";
import { signedHeaders } from "./sign-request";
import { PlugipayError } from "./errors";
import type { ListPage, QueryValue, RequestOptions } from "./types";

export type HttpMethod = "GET" | "POST" | "PATCH" | "DELETE";

export type ApiCall = {
  method: HttpMethod;
  /** Path below the version prefix, ids already encoded, e.g. `/customers/cus_1`. */
  path: string;
  query?: Record<string, QueryValue>;
  body?: unknown;
  options?: RequestOptions;
};

/** What resources need from the client. */
export interface Requester {
  data<T>(call: ApiCall): Promise<T>;
  list<T>(call: ApiCall): Promise<ListPage<T>>;
  bytes(call: ApiCall): Promise<Uint8Array>;
}

export type TransportConfig = {
  keyId: string;
  secret: string;
  /** Scheme, host and port, e.g. `https://plugipay.com`. */
  origin: string;
  /** Any path of the base URL plus the version prefix, e.g. `/api/v1`. */
  basePath: string;
  onBehalfOf?: string;
  timeoutMs: number;
  fetch: typeof fetch;
  now: () => number;
};

type Envelope = { data: unknown; meta: Record<string, unknown> };

export class Transport implements Requester {
  constructor(private readonly config: TransportConfig) {}

  async data<T>(call: ApiCall): Promise<T> {
    const envelope = await this.send(call, async (response) => readEnvelope(response, await response.text()));
    return envelope.data as T;
  }

  async list<T>(call: ApiCall): Promise<ListPage<T>> {
    const { data, meta, requestId, status } = await this.send(call, async (response) => ({
      ...readEnvelope(response, await response.text()),
      requestId: response.headers.get("x-request-id"),
      status: response.status,
    }));
    if (!Array.isArray(data)) {
      throw new PlugipayError({ status, code: "invalid_response", message: "Expected a list in `data`", requestId });
    }
    const cursor = typeof meta.cursor === "string" && meta.cursor !== "" ? meta.cursor : null;
    return { data: data as T[], cursor, hasMore: meta.hasMore === true };
  }

  async bytes(call: ApiCall): Promise<Uint8Array> {
    return this.send(call, async (response) => {
      const type = response.headers.get("content-type") ?? "";
      if (response.ok && !type.includes("json")) return new Uint8Array(await response.arrayBuffer());
      readEnvelope(response, await response.text());
      throw new PlugipayError({
        status: response.status,
        code: "invalid_response",
        message: `Expected a file, got ${type || "no content type"}`,
        requestId: response.headers.get("x-request-id"),
      });
    });
  }

  /** The request target as sent and signed: base path, prefix, path and query string. */
  target(path: string, query?: Record<string, QueryValue>): string {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(query ?? {})) {
      if (value !== undefined) params.append(name, String(value));
    }
    const search = params.toString();
    return `${this.config.basePath}${path}${search ? `?${search}` : ""}`;
  }

  private async send<R>(call: ApiCall, read: (response: Response) => Promise<R>): Promise<R> {
    const { config } = this;
    const target = this.target(call.path, call.query);
    const body = call.body === undefined ? undefined : JSON.stringify(call.body);
    const idempotencyKey = call.method === "GET" ? undefined : (call.options?.idempotencyKey ?? `idem_${randomUUID()}`);
    const headers: Record<string, string> = {
      Accept: "application/json",
      ...signedHeaders(config, {
        method: call.method,
        path: target,
        timestamp: Math.floor(config.now() / 1000),
        body,
        idempotencyKey,
      }),
    };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const onBehalfOf = call.options?.onBehalfOf ?? config.onBehalfOf;
    if (onBehalfOf) headers["X-Plugipay-On-Behalf-Of"] = onBehalfOf;

    const timeoutMs = call.options?.timeoutMs ?? config.timeoutMs;
    const controller = new AbortController();
    const timeout = new PlugipayError({ status: 0, code: "timeout", message: `No response within ${timeoutMs} ms` });
    // Rejects on timeout even when a fetch implementation ignores the abort signal.
    const timedOut = new Promise<never>((_, reject) => {
      controller.signal.addEventListener("abort", () => reject(timeout), { once: true });
    });
    const timer = setTimeout(() => controller.abort(timeout), timeoutMs);
    const exchange = async () => {
      const response = await config.fetch(config.origin + target, { method: call.method, headers, body, signal: controller.signal });
      return read(response);
    };
    try {
      return await Promise.race([exchange(), timedOut]);
    } catch (error) {
      if (error instanceof PlugipayError) throw error;
      if (controller.signal.aborted) throw timeout;
      const reason = error instanceof Error ? error.message : String(error);
      throw new PlugipayError({ status: 0, code: "network_error", message: `Request failed: ${reason}` }, { cause: error });
    } finally {
      clearTimeout(timer);
    }
  }
}

/** The envelope of a reply, or the PlugipayError it carries (docs/api.md §1). */
function readEnvelope(response: Response, text: string): Envelope {
  const { status } = response;
  const headerRequestId = response.headers.get("x-request-id");
  if (text === "") {
    if (response.ok) return { data: null, meta: {} };
    throw new PlugipayError({ status, code: "unknown", message: `HTTP ${status}`, requestId: headerRequestId });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (!isRecord(parsed)) {
    const type = response.headers.get("content-type") ?? "no content type";
    throw new PlugipayError({
      status,
      code: "invalid_response",
      message: `Expected a JSON envelope, got ${type} (HTTP ${status})`,
      requestId: headerRequestId,
    });
  }
  const meta = isRecord(parsed.meta) ? parsed.meta : {};
  const requestId = typeof meta.requestId === "string" ? meta.requestId : headerRequestId;
  const error = isRecord(parsed.error) ? parsed.error : null;
  if (!response.ok || error) {
    throw new PlugipayError({
      status,
      code: stringOr(error?.code, "unknown"),
      message: stringOr(error?.message, `HTTP ${status}`),
      requestId,
      field: typeof error?.field === "string" ? error.field : undefined,
      details: error?.details,
    });
  }
  return { data: parsed.data ?? null, meta };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === "string" && value !== "" ? value : fallback;
}
