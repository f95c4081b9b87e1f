// Strict body and query parsing (docs/api.md §6): the first offending field is named in error.field.
import type { z } from "zod";
import { AppError } from "../errors";

export function validationError(error: z.ZodError): AppError {
  const issue = error.issues[0];
  if (!issue) return new AppError("VALIDATION_ERROR", "Invalid request");
  let path = issue.path.map(String);
  let message = issue.message;
  if (issue.code === "unrecognized_keys") {
    const key = issue.keys[0] ?? "";
    path = [...path, key];
    message = `Unknown field '${key}'`;
  }
  const field = path.join(".") || undefined;
  return new AppError("VALIDATION_ERROR", field ? `${field}: ${message}` : message, { field });
}

export function parseJsonBody<T>(schema: z.ZodType<T>, raw: Uint8Array): T {
  let value: unknown;
  const text = new TextDecoder("utf-8", { fatal: false }).decode(raw);
  if (text.trim() === "") value = {};
  else {
    try {
      value = JSON.parse(text);
    } catch {
      throw new AppError("VALIDATION_ERROR", "The request body is not valid JSON");
    }
  }
  const unstorablePath = pathToUnstorableString(value);
  if (unstorablePath)
    throw new AppError(
      "VALIDATION_ERROR",
      `${unstorablePath.join(".") || "body"}: strings must not contain the NUL character (\\u0000) or a lone surrogate (\\ud800-\\udfff)`,
      { field: unstorablePath.join(".") || undefined },
    );
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(result.error);
  return result.data;
}

export function parseQuery<T>(schema: z.ZodType<T>, searchParams: URLSearchParams): T {
  // No prototype: `__proto__=1` must arrive as a parameter (and be refused as unknown), not vanish into the object's prototype.
  const value = Object.create(null) as Record<string, string>;
  for (const [key, entry] of searchParams) {
    if (key.includes("\0") || entry.includes("\0"))
      throw new AppError("VALIDATION_ERROR", `${key}: query parameters must not contain the NUL character`, { field: key });
    value[key] = entry;
  }
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(result.error);
  return result.data;
}

/** A lone surrogate (`"\\ud800"` is valid JSON but not Unicode): it cannot be encoded as UTF-8, so no database stores it. */
const loneSurrogate = /\p{Cs}/u;

/** Whether a string holds U+0000 (PostgreSQL's text cannot store it) or a lone surrogate (no UTF-8 column can). */
function isUnstorable(text: string): boolean {
  return text.includes("\0") || loneSurrogate.test(text);
}

/** Where an unstorable string (a value or a key) sits in a parsed JSON value, or null. */
function pathToUnstorableString(value: unknown, path: string[] = []): string[] | null {
  if (typeof value === "string") return isUnstorable(value) ? path : null;
  if (value === null || typeof value !== "object") return null;
  for (const [key, entry] of Object.entries(value)) {
    if (isUnstorable(key)) return [...path, key];
    const found = pathToUnstorableString(entry, [...path, key]);
    if (found) return found;
  }
  return null;
}
