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
 * The raw target the proxy recorded, when it names the same path and query as the URL being served
 * (so the header can never point a signature at another resource); otherwise the URL's own target.
 */
export function signedRequestTarget(request: Request): string {
  const recorded = request.headers.get(REQUEST_TARGET_HEADER);
  const served = requestTarget(request.url);
  if (recorded && isSameResource(recorded, served)) return recorded;
  return served;
}

function isSameResource(a: string, b: string): boolean {
  try {
    const left = new URL(a, "http://target.invalid");
    const right = new URL(b, "http://target.invalid");
    return left.pathname === right.pathname && canonicalQuery(left.searchParams) === canonicalQuery(right.searchParams);
  } catch {
    return false;
  }
}

function canonicalQuery(params: URLSearchParams): string {
  return JSON.stringify([...params.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
}
