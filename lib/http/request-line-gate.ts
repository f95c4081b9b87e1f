// What the proxy refuses before Next.js parses a request (docs/api.md §1, §7.6): a path whose
// percent-encoding does not decode, and methods the app does not serve. Next.js would answer both
// with a 500 (its param decoding and its `Request` construction throw), without our headers.

export type RequestLineRefusal = { status: 400 | 405; message: string };

const API_METHODS = new Set(["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"]);
const PORTAL_METHODS = new Set(["GET", "HEAD", "POST"]);

export function refuseRequestLine(method: string, rawPath: string, area: "api" | "portal"): RequestLineRefusal | null {
  if (!isDecodablePath(rawPath)) return { status: 400, message: "The request path holds malformed percent-encoding" };
  const allowed = area === "api" ? API_METHODS : PORTAL_METHODS;
  if (!allowed.has(method.toUpperCase())) return { status: 405, message: `${method} is not supported here` };
  return null;
}

export function allowedMethods(area: "api" | "portal"): string {
  return [...(area === "api" ? API_METHODS : PORTAL_METHODS)].join(", ");
}

function isDecodablePath(rawPath: string): boolean {
  try {
    decodeURIComponent(rawPath.split("?")[0] ?? "");
    return true;
  } catch {
    return false;
  }
}
