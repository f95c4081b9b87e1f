// A raw signed merchant-API call to one chosen instance, signed as the SDKs sign (docs/api.md §2),
// so the several-instances test sees statuses, headers and bodies exactly as sent.
import { randomUUID } from "node:crypto";
import { signedHeaders } from "../../lib/sdk/sign-request";

export type Key = { keyId: string; secret: string };

export type SignedCall = {
  method?: "GET" | "POST" | "DELETE";
  path: string;
  body?: unknown;
  /** Generated unless given; null sends none. */
  idempotencyKey?: string | null;
};

export type SignedAnswer<TData> = {
  status: number;
  headers: Headers;
  text: string;
  json: { data: TData; error: { code: string; message: string } | null } | null;
};

export async function signedFetch<TData = unknown>(instance: string, key: Key, call: SignedCall): Promise<SignedAnswer<TData>> {
  const method = call.method ?? (call.body === undefined ? "GET" : "POST");
  const body = call.body === undefined ? undefined : JSON.stringify(call.body);
  const idempotencyKey = method === "GET" || call.idempotencyKey === null ? undefined : (call.idempotencyKey ?? `idem_${randomUUID()}`);
  const headers: Record<string, string> = {
    Accept: "application/json",
    ...signedHeaders(key, { method, path: call.path, timestamp: Math.floor(Date.now() / 1000), body, idempotencyKey }),
  };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(`${instance}${call.path}`, { method, headers, body });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: parseJson<SignedAnswer<TData>["json"]>(text) };
}

function parseJson<T>(text: string): T | null {
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

/** The data of a call that must succeed with `status`; throws with the answer otherwise. */
export async function expectData<TData>(status: number, answering: Promise<SignedAnswer<TData>>): Promise<TData> {
  const answer = await answering;
  if (answer.status !== status || !answer.json) throw new Error(`Expected ${status}, got ${answer.status}: ${answer.text.slice(0, 300)}`);
  return answer.json.data;
}
