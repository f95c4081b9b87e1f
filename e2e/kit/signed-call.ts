// A raw signed API call over Playwright's request context, signed exactly as the official SDKs sign
// (docs/api.md §2), for tests that look at statuses, headers and envelopes.
import { randomUUID } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { signedHeaders } from "../../lib/api/signing";
import { serverClock } from "./server-clock";

export type SignedCall = {
  key: { keyId: string; secret: string };
  method?: "GET" | "POST" | "PATCH" | "DELETE";
  path: string;
  body?: unknown;
  onBehalfOf?: string;
  /** Generated like the SDKs do unless given; null sends none. */
  idempotencyKey?: string | null;
};

export type SignedResponse<TData> = {
  status: number;
  headers: Record<string, string>;
  json: { data: TData; error: { code: string; message: string; field?: string } | null; meta: { requestId: string } };
};

export async function signedCall<TData = unknown>(request: APIRequestContext, call: SignedCall): Promise<SignedResponse<TData>> {
  const method = call.method ?? (call.body === undefined ? "GET" : "POST");
  const body = call.body === undefined ? undefined : JSON.stringify(call.body);
  const idempotencyKey = call.idempotencyKey === null || method === "GET" ? undefined : (call.idempotencyKey ?? `idem_${randomUUID()}`);
  const timestamp = Math.floor(serverClock.nowMs() / 1000);
  const headers: Record<string, string> = {
    Accept: "application/json",
    ...signedHeaders(call.key, { method, path: call.path, timestamp, body, idempotencyKey }),
  };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (call.onBehalfOf) headers["X-Plugipay-On-Behalf-Of"] = call.onBehalfOf;
  const response = await request.fetch(call.path, { method, headers, data: body });
  return { status: response.status(), headers: response.headers(), json: (await response.json()) as SignedResponse<TData>["json"] };
}
