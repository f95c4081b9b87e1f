// The one wrapper every merchant API request goes through: request id, route, HMAC auth (with its
// failed-signature limit), rate limit, body format, on-behalf-of, scope, strict validation,
// idempotency and the envelope, in that order (docs/api.md §1.8).
import "server-only";
import { AppError } from "../errors";
import { newId } from "../ids";
import { log } from "../log";
import { nowMs } from "../clock";
import { env } from "../env";
import { clientAddress } from "../http/client-address";
import { sha256Hex } from "../crypto/hash";
import { hasScope } from "../api-keys/scopes";
import { resolveActingWorkspace } from "../workspaces/resolve-acting-workspace";
import { abandonIdempotentRequest, beginIdempotentRequest, completeIdempotentRequest } from "../idempotency/idempotency-records";
import type { Tenant } from "../tenancy";
import { authenticate } from "./authenticate";
import { checkResponse } from "./check-response";
import { errorBody, jsonResponse, successBody } from "./envelope";
import type { Endpoint, EndpointInput, EndpointOutcome } from "./endpoint";
import { consumeRateLimit, rateLimitHeaders, rateLimitedError } from "./rate-limit";
import { matchEndpoint, stripApiPrefix } from "./router";
import { signedRequestTarget, targetSearchParams } from "./request-target";
import { assertJsonBody } from "./request-body-format";

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
    const key = await authenticate({ method, target, headers: request.headers, rawBody, clientAddress: clientAddress(request, env().trustedProxyHops) });
    keyId = key.keyId;
    const decision = await consumeRateLimit({ workspaceId: key.workspace.id, mode: key.mode }, endpoint.rateClass);
    Object.assign(headers, rateLimitHeaders(decision));
    if (!decision.allowed) throw rateLimitedError();
    assertJsonBody(request.headers, rawBody);
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
      searchParams: targetSearchParams(target),
      idempotencyKey: request.headers.get("idempotency-key"),
      headers,
    });
    status = response.status;
    return response;
  } catch (error) {
    const appError = toAppError(error, requestId);
    status = appError.status;
    const retryAfter = appError.details?.retryAfterSeconds;
    if (appError.code === "rate_limited" && typeof retryAfter === "number") headers["Retry-After"] = String(retryAfter);
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
  endpoint: Endpoint,
  input: EndpointInput & {
    method: string;
    routeTarget: string;
    idempotencyKey: string | null;
    headers: Record<string, string>;
  },
): Promise<Response> {
  const call = endpoint.prepare(input);
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
  let outcome: EndpointOutcome;
  try {
    outcome = await call();
    checkResponse(endpoint, outcome, input.requestId);
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
  if ("response" in outcome) {
    if (recordId) await abandonIdempotentRequest(recordId);
    for (const [name, value] of Object.entries(input.headers)) outcome.response.headers.set(name, value);
    return outcome.response;
  }
  const { status } = endpoint.success;
  const responseBody =
    "list" in outcome
      ? successBody(input.requestId, outcome.list.items, { cursor: outcome.list.cursor, hasMore: outcome.list.hasMore })
      : successBody(input.requestId, outcome.data);
  if (recordId) await completeIdempotentRequest(recordId, status, responseBody);
  return jsonResponse(status, responseBody, input.headers);
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
