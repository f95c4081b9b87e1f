// The request target (path and raw query) that a signature covers.
export const REQUEST_TARGET_HEADER = "x-plugipay-request-target";

/** The target as sent, sliced from the URL string rather than re-serialised. */
export function requestTarget(url: string): string {
  const afterScheme = url.indexOf("//");
  const pathStart = url.indexOf("/", afterScheme + 2);
  const target = pathStart === -1 ? "/" : url.slice(pathStart);
  const hash = target.indexOf("#");
  return hash === -1 ? target : target.slice(0, hash);
}

/**
 * The raw target the proxy recorded (proxy.ts always overwrites the header), when it names the same
 * path as the URL being served; otherwise the URL's own target. Its query wins over the served URL's:
 * Next.js re-serialises that one (`%20` as `+`, and a `__proto__` parameter dropped), so it is not
 * what was signed. The wrapper routes, verifies and reads parameters from this one string
 * (targetSearchParams), so a signature always covers what the endpoint acts on.
 */
export function signedRequestTarget(request: Request): string {
  const recorded = request.headers.get(REQUEST_TARGET_HEADER);
  const served = requestTarget(request.url);
  if (recorded && isSamePath(recorded, served)) return recorded;
  return served;
}

/** The query parameters of a target, as the endpoint sees them. */
export function targetSearchParams(target: string): URLSearchParams {
  const queryStart = target.indexOf("?");
  return new URLSearchParams(queryStart === -1 ? "" : target.slice(queryStart + 1));
}

function isSamePath(a: string, b: string): boolean {
  if (!a.startsWith("/")) return false;
  try {
    return new URL(a, "http://target.invalid").pathname === new URL(b, "http://target.invalid").pathname;
  } catch {
    return false;
  }
}
