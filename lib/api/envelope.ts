// The response envelope of docs/api.md §1: { data, error, meta } on every response.
import type { AppError } from "../errors";
import { now } from "../clock";

export type ErrorBody = { code: string; message: string; field?: string; details?: Record<string, unknown> };

export type ListPage<T> = { items: T[]; cursor: string | null; hasMore: boolean };

export function successBody(requestId: string, data: unknown, page?: { cursor: string | null; hasMore: boolean }): string {
  const meta = page ? { requestId, timestamp: now().toISOString(), cursor: page.cursor, hasMore: page.hasMore } : { requestId, timestamp: now().toISOString() };
  return JSON.stringify({ data, error: null, meta });
}

export function errorBody(requestId: string, error: AppError): string {
  const body: ErrorBody = { code: error.code, message: error.message };
  if (error.field !== undefined) body.field = error.field;
  if (error.details !== undefined) body.details = error.details;
  return JSON.stringify({ data: null, error: body, meta: { requestId, timestamp: now().toISOString() } });
}

export function jsonResponse(status: number, body: string, headers: Record<string, string>): Response {
  return new Response(body, {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });
}
