// The address a request came from, for limits per client (failed signatures, failed portal
// entries; README "Running in production").
//
// Every hop appends the address that connected to it to X-Forwarded-For: each proxy in front, and
// last our own server (scripts/serve.mjs appends the socket's peer; `next dev` fills it in only when
// the header is absent). So, with `trustedProxyHops` proxies in front, the entry that many places
// left of the last is the one the outermost trusted proxy saw: the client's. With no proxy (0) it is
// the last entry, the socket's own peer. Entries further left are the client's own to write and are
// never read.
const MAX_ADDRESS_LENGTH = 64;

export function clientAddress(request: Pick<Request, "headers">, trustedProxyHops: number): string {
  const entries = (request.headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return "unknown";
  const entry = entries[entries.length - 1 - Math.max(0, trustedProxyHops)] ?? entries[0] ?? "unknown";
  return entry.toLowerCase().slice(0, MAX_ADDRESS_LENGTH);
}
