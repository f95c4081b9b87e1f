// Finds the endpoint for a request path under /v1 or its SDK alias /api/v1.
import { AppError } from "../errors";
import type { Endpoint, HttpMethod } from "./endpoint";
import { ENDPOINTS } from "./endpoints";

const CONTROL_CHARACTER = /\p{Cc}/u;

export const API_PREFIXES = ["/api/v1", "/v1"] as const;

type Match = { endpoint: Endpoint; params: Record<string, string>; routePath: string };

// Literal segments win over parameters (`/webhooks/deliveries` before `/webhooks/:id`).
const compiled = ENDPOINTS.map((endpoint) => ({
  endpoint,
  segments: endpoint.path.split("/").filter(Boolean),
})).sort((a, b) => specificity(b.segments) - specificity(a.segments));

function specificity(segments: string[]): number {
  return segments.reduce((score, segment, index) => score + (segment.startsWith(":") ? 0 : 2 ** (10 - index)), 0);
}

/** The path below the version prefix, or null when the path is not an API path. */
export function stripApiPrefix(pathname: string): string | null {
  for (const prefix of API_PREFIXES) {
    if (pathname === prefix) return "/";
    if (pathname.startsWith(prefix + "/")) return pathname.slice(prefix.length);
  }
  return null;
}

export function matchEndpoint(method: string, routePath: string): Match {
  const segments = routePath.split("/").filter(Boolean);
  let pathMatched = false;
  for (const candidate of compiled) {
    const params = matchSegments(candidate.segments, segments);
    if (!params) continue;
    pathMatched = true;
    if (candidate.endpoint.method === (method as HttpMethod)) return { endpoint: candidate.endpoint, params, routePath };
  }
  if (pathMatched) throw new AppError("method_not_allowed", `${method} is not supported on ${routePath}`);
  throw new AppError("not_found", `Unrecognized request URL (${method} ${routePath})`);
}

function matchSegments(pattern: string[], actual: string[]): Record<string, string> | null {
  if (pattern.length !== actual.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const expected = pattern[i] as string;
    const value = actual[i] as string;
    if (expected.startsWith(":")) {
      let decoded: string;
      try {
        decoded = decodeURIComponent(value);
      } catch {
        return null;
      }
      if (CONTROL_CHARACTER.test(decoded)) return null; // no id holds one, and PostgreSQL refuses NUL in text
      params[expected.slice(1)] = decoded;
    } else if (expected !== value) return null;
  }
  return params;
}
