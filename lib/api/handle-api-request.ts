// The one wrapper every merchant API request goes through: request id, route, HMAC auth, rate
// limit, on-behalf-of, scope, strict validation, idempotency and the envelope, in that order.
import { AppError } from "../errors";
import { newId } from "../ids";
import { log } from "../log";
import { nowMs } from "../clock";
import { sha256Hex } from "../crypto/hash";
import { hasScope } from "../api-keys/scopes";
import { resolveActingWorkspace } from "../workspaces/resolve-acting-workspace";
import {
  abandonIdempotentRequest,
  beginIdempotentRequest,
  completeIdempotentRequest,
} from "../idempotency/idempotency-records";
import type { Tenant } from "../tenancy";
import { authenticate } from "./authenticate";
import { errorBody, jsonResponse, successBody } from "./envelope";
import type { Endpoint, EndpointResult } from "./endpoint";
import { consumeRateLimit, rateLimitHeaders, rateLimitedError } from "./rate-limit";
import { matchEndpoint, stripApiPrefix } from "./router";
import { parseJsonBody, parseQuery } from "./validation";
import { signedRequestTarget } from "./request-target";

const MAX_BODY_BYTES = 1024 * 1024;
const IDEMPOTENCY_KEY_PATTERN = /^[\x20-\x7e]{1,255}$/;

export async function handleApiRequest(request: Request): Promise<Response> {
  const startedAt = nowMs();
  const requestId = newId("request");
  const headers: Record<string, string> = { "X-Request-Id": requestId };
  const method = request.method.toUpperCase();
  const target = signedRequestTarget(request);
  const pathname = target.split("?")[0] ?? "/";
  let status = 500;
  let keyId: string | undefined;
  try {
    const routePath = stripApiPrefix(pathname);
    if (routePath === null) throw new AppError("not_found", `Unrecognized request URL (${method} ${pathname})`);
    const { endpoint, params } = matchEndpoint(method, routePath);
    const rawBody = await readBody(request);
    const key = await authenticate({ method, target, headers: request.headers, rawBody });
    keyId = key.keyId;
    const decision = await consumeRateLimit({ workspaceId: key.workspace.id, mode: key.mode }, endpoint.rateClass);
    Object.assign(headers, rateLimitHeaders(decision));
    if (!decision.allowed) throw rateLimitedError();
    const acting = await resolveActingWorkspace(key.workspace, request.headers.get("x-plugipay-on-behalf-of"));
    if (!hasScope(key.scopes, endpoint.scope)) {
      throw new AppError("insufficient_scope", `This API key lacks the scope ${endpoint.scope}`);
    }
    const tenant: Tenant = { ...acting, mode: key.mode };
    const response = await runEndpoint(endpoint, {
      tenant,
      params,
      requestId,
      rawBody,
      method,
      routeTarget: routePath + target.slice(pathname.length),
      searchParams: new URL(request.url).searchParams,
      idempotencyKey: request.headers.get("idempotency-key"),
      headers,
    });
    status = response.status;
    return response;
  } catch (error) {
    const appError = toAppError(error, requestId);
    status = appError.status;
    return jsonResponse(appError.status, errorBody(requestId, appError), headers);
  } finally {
    log(status >= 500 ? "error" : "info", "api request", {
      requestId,
      method,
      path: pathname,
      status,
      keyId,
      durationMs: Math.round(nowMs() - startedAt),
    });
  }
}

async function runEndpoint(
  endpoint: Endpoint<unknown, unknown>,
  input: {
    tenant: Tenant;
    params: Record<string, string>;
    requestId: string;
    rawBody: Uint8Array;
    method: string;
    routeTarget: string;
    searchParams: URLSearchParams;
    idempotencyKey: string | null;
    headers: Record<string, string>;
  },
): Promise<Response> {
  const body = endpoint.body ? parseJsonBody(endpoint.body, input.rawBody) : undefined;
  const query = endpoint.query ? parseQuery(endpoint.query, input.searchParams) : undefined;
  let recordId: string | undefined;
  if (input.idempotencyKey !== null && input.method !== "GET") {
    if (!IDEMPOTENCY_KEY_PATTERN.test(input.idempotencyKey)) {
      throw new AppError("VALIDATION_ERROR", "Idempotency-Key must be 1 to 255 printable ASCII characters", {
        field: "Idempotency-Key",
      });
    }
    const fingerprint = sha256Hex(`${input.method}\n${input.routeTarget}\n${sha256Hex(input.rawBody)}`);
    const outcome = await beginIdempotentRequest(input.tenant, input.idempotencyKey, fingerprint);
    if (outcome.kind === "replay") {
      const originalRequestId = (JSON.parse(outcome.body) as { meta?: { requestId?: string } }).meta?.requestId;
      return jsonResponse(outcome.status, outcome.body, {
        ...input.headers,
        "X-Request-Id": originalRequestId ?? input.requestId,
        "Idempotent-Replayed": "true",
      });
    }
    recordId = outcome.recordId;
  }
  let result: EndpointResult;
  try {
    result = await endpoint.handle({ tenant: input.tenant, body, query, params: input.params, requestId: input.requestId });
  } catch (error) {
    if (recordId) {
      const appError = error instanceof AppError ? error : undefined;
      if (appError && appError.status < 500 && appError.code !== "VALIDATION_ERROR") {
        await completeIdempotentRequest(recordId, appError.status, errorBody(input.requestId, appError));
      } else {
        await abandonIdempotentRequest(recordId);
      }
    }
    throw error;
  }
  if ("response" in result) {
    if (recordId) await abandonIdempotentRequest(recordId);
    for (const [name, value] of Object.entries(input.headers)) result.response.headers.set(name, value);
    return result.response;
  }
  const responseBody =
    "list" in result
      ? successBody(input.requestId, result.list.items, { cursor: result.list.cursor, hasMore: result.list.hasMore })
      : successBody(input.requestId, result.data);
  if (recordId) await completeIdempotentRequest(recordId, result.status, responseBody);
  return jsonResponse(result.status, responseBody, input.headers);
}

async function readBody(request: Request): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw new AppError("payload_too_large", "Request bodies are limited to 1 MiB");
  const body = new Uint8Array(await request.arrayBuffer());
  if (body.length > MAX_BODY_BYTES) throw new AppError("payload_too_large", "Request bodies are limited to 1 MiB");
  return body;
}

function toAppError(error: unknown, requestId: string): AppError {
  if (error instanceof AppError) return error;
  log("error", "unhandled error in API request", {
    requestId,
    error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
  });
  return new AppError("internal_error", `Something went wrong on our side; quote ${requestId} to support`);
}
