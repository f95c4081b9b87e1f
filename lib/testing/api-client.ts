// Drives the real API wrapper in-process with requests signed exactly as the official SDKs sign them.
import { handleApiRequest } from "../api/handle-api-request";
import { signedHeaders } from "../api/signing";
import { nowEpochSeconds } from "../clock";

export type ApiCall = {
  key: { keyId: string; secret: string };
  method?: string;
  path: string;
  body?: unknown;
  rawBody?: string;
  idempotencyKey?: string;
  onBehalfOf?: string;
  timestamp?: number | string;
  headers?: Record<string, string>;
};

export type ApiResult = {
  status: number;
  headers: Headers;
  json: {
    data: Record<string, unknown> | Record<string, unknown>[] | null;
    error: { code: string; message: string; field?: string } | null;
    meta: { requestId: string; timestamp: string; cursor?: string | null; hasMore?: boolean };
  };
  text: string;
};

export function buildSignedRequest(call: ApiCall): Request {
  const method = call.method ?? (call.body === undefined && call.rawBody === undefined ? "GET" : "POST");
  const body = call.rawBody ?? (call.body === undefined ? undefined : JSON.stringify(call.body));
  const headers: Record<string, string> = {
    Accept: "application/json",
    ...signedHeaders(call.key, {
      method,
      path: call.path,
      timestamp: call.timestamp ?? nowEpochSeconds(),
      body,
      idempotencyKey: call.idempotencyKey,
    }),
  };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (call.onBehalfOf) headers["X-Plugipay-On-Behalf-Of"] = call.onBehalfOf;
  Object.assign(headers, call.headers);
  return new Request(`http://localhost:3000${call.path}`, { method, headers, body });
}

export async function callApi(call: ApiCall): Promise<ApiResult> {
  return readResult(await handleApiRequest(buildSignedRequest(call)));
}

export async function sendRaw(request: Request): Promise<ApiResult> {
  return readResult(await handleApiRequest(request));
}

async function readResult(response: Response): Promise<ApiResult> {
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: JSON.parse(text) as ApiResult["json"], text };
}
