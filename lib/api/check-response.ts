// Every success response is checked against its endpoint's declared schema before it is sent
// (docs/decisions/0009-response-schemas.md): a mismatch is a 500 with one clear log line, never a
// body that differs from the documented one. Issues name paths and rules only, never values.
import type { z } from "zod";
import { AppError } from "../errors";
import { log } from "../log";
import type { Endpoint, EndpointOutcome } from "./endpoint";

export function checkResponse(endpoint: Endpoint, outcome: EndpointOutcome, requestId: string): void {
  const issues = responseIssues(endpoint, outcome);
  if (issues.length === 0) return;
  log("error", "response does not match its schema", {
    requestId,
    endpoint: `${endpoint.method} ${endpoint.path}`,
    issues: issues.slice(0, 10),
  });
  throw new AppError("internal_error", `Something went wrong on our side; quote ${requestId} to support`);
}

function responseIssues(endpoint: Endpoint, outcome: EndpointOutcome): string[] {
  const { success } = endpoint;
  if ("data" in success) return "data" in outcome ? issuesOf(success.data, outcome.data, "data") : ["data: missing"];
  if ("list" in success) {
    if (!("list" in outcome)) return ["data: expected a list"];
    return outcome.list.items.flatMap((item, index) => issuesOf(success.list, item, `data.${index}`));
  }
  return "response" in outcome ? [] : ["expected a file response"];
}

function issuesOf(schema: z.ZodType, value: unknown, prefix: string): string[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${[prefix, ...issue.path.map(String)].join(".")}: ${issue.message}`);
}
