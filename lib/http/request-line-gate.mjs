// What is refused before Next.js parses a request (docs/api.md §1, §7.6): a path whose
// percent-encoding does not decode, and methods the app does not serve. Next.js would answer both
// with a 500 (its param decoding and its `Request` construction throw), without our headers.
// The production server (scripts/serve.mjs) applies it to the API, proxy.ts to the portal and to the
// API when the app runs without that server; plain JavaScript so both can load it (types in the .d.mts).

const API_METHODS = new Set(["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"]);
const PORTAL_METHODS = new Set(["GET", "HEAD", "POST"]);

/** @returns {{ status: 400 | 405; message: string } | null} */
export function refuseRequestLine(method, rawPath, area) {
  if (!isDecodablePath(rawPath)) return { status: 400, message: "The request path holds malformed percent-encoding" };
  const allowed = area === "api" ? API_METHODS : PORTAL_METHODS;
  if (!allowed.has(method.toUpperCase())) return { status: 405, message: `${method} is not supported here` };
  return null;
}

export function allowedMethods(area) {
  return [...(area === "api" ? API_METHODS : PORTAL_METHODS)].join(", ");
}

function isDecodablePath(rawPath) {
  try {
    decodeURIComponent(rawPath.split("?")[0] ?? "");
    return true;
  } catch {
    return false;
  }
}
