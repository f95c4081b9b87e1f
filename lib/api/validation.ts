// Strict body and query parsing (contract §6): the first offending field is named in error.field.
import { z } from "zod";
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
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(result.error);
  return result.data;
}

export function parseQuery<T>(schema: z.ZodType<T>, searchParams: URLSearchParams): T {
  const value: Record<string, string> = {};
  for (const [key, entry] of searchParams) value[key] = entry;
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(result.error);
  return result.data;
}
