// The production server: Next.js's own request handler behind one gate. TRACE, TRACK and CONNECT
// are methods Node's HTTP parser accepts but the Fetch `Request` Next.js builds refuses, so inside
// Next.js they end as a 500 before proxy.ts runs (docs/api.md §7.6). They are answered here with
// 405 and the security headers instead. It also appends the socket's peer to X-Forwarded-For, as a
// proxy would, so a client cannot choose the address its limits count against. It compresses
// responses itself, brotli where the browser accepts it (lib/http/compress-response.mjs; Next.js's
// own compression is gzip only). For the merchant API it also does what proxy.ts would, so that
// Next.js's proxy step stays off the API path (it cost a fifth of a mint's time; issue 11): the
// request-line gate (lib/http/request-line-gate.mjs) in the API's envelope, the raw request target a
// signature covers (always overwritten, never the client's), HSTS on https, and a header that the
// proxy's matcher skips on. Everything else is Next.js unchanged, as `next start`.
// Usage: node scripts/serve.mjs [-H host] [-p port]   (PORT and HOST are the defaults).
import { createServer } from "node:http";
import { ulid } from "ulid";
import next from "next";
import { compressResponse } from "../lib/http/compress-response.mjs";
import { allowedMethods, refuseRequestLine } from "../lib/http/request-line-gate.mjs";
import { strictTransportSecurityHeaders } from "../lib/http/strict-transport-security.mjs";

const FORBIDDEN_METHODS = new Set(["TRACE", "TRACK", "CONNECT"]);
const API_ALLOW = allowedMethods("api");
const API_PATH = /^\/(api\/)?v1(\/|$|\?)/;
// lib/api/request-target.ts reads the first; proxy.ts's matcher (config.matcher) skips on the second.
const REQUEST_TARGET_HEADER = "x-plugipay-request-target";
const FRONT_SERVER_HEADER = "x-plugipay-front-server";
const SECURITY_HEADERS = {
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "no-referrer",
  "Cache-Control": "no-store",
};

const hostname = argument("-H") ?? process.env.HOST ?? "0.0.0.0";
const port = Number(argument("-p") ?? process.env.PORT ?? 3000);

const app = next({ dev: false, dir: process.cwd(), hostname, port });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((request, response) => {
  if (FORBIDDEN_METHODS.has(request.method ?? "")) {
    const refusal = methodNotAllowed(request.method ?? "", request.url ?? "/");
    response.writeHead(405, { ...refusal.headers, "Content-Length": String(Buffer.byteLength(refusal.body)) });
    response.end(refusal.body);
    return;
  }
  const target = request.url ?? "/";
  if (API_PATH.test(target) && !prepareApiRequest(request, response, target)) return;
  // Like every proxy, record who connected: lib/http/client-address.ts reads the address from here.
  const peer = request.socket.remoteAddress ?? "unknown";
  const forwardedFor = request.headers["x-forwarded-for"];
  request.headers["x-forwarded-for"] = forwardedFor ? `${String(forwardedFor)}, ${peer}` : peer;
  compressResponse(request, response);
  // The coding is chosen here; Next.js's gzip middleware must not encode the body a second time.
  delete request.headers["accept-encoding"];
  void handle(request, response);
});
// Node hands CONNECT to this event rather than to the request handler.
server.on("connect", (request, socket) => {
  writeRaw(socket, "405 Method Not Allowed", methodNotAllowed("CONNECT", request.url ?? "/"));
});
// What Node's parser refuses itself (a method it does not know, such as TRACK; a malformed request
// line or header) gets its 4xx with the same headers, rather than Node's bare one.
server.on("clientError", (error, socket) => {
  if (!socket.writable) return socket.destroy();
  const unknownMethod = "code" in error && error.code === "HPE_INVALID_METHOD";
  const message = unknownMethod ? "This method is not supported here" : "The request could not be parsed";
  const headers = { ...SECURITY_HEADERS, "Content-Type": "text/plain; charset=utf-8", ...(unknownMethod ? { Allow: API_ALLOW } : {}) };
  writeRaw(socket, unknownMethod ? "405 Method Not Allowed" : "400 Bad Request", { body: message, headers });
});
server.listen(port, hostname, () => {
  process.stdout.write(`Ready on http://${hostname}:${port}\n`);
});
for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => server.close(() => process.exit(0)));

/**
 * The proxy's work for an API request (proxy.ts): false when it is refused here, answered in the
 * API's envelope; otherwise the raw target and the skip header are set, both overwriting whatever
 * the client sent, and HSTS is added on https.
 */
function prepareApiRequest(request, response, target) {
  const refusal = refuseRequestLine(request.method ?? "GET", target, "api");
  const hsts = strictTransportSecurityHeaders(`http://localhost${target}`, { get: (name) => headerValue(request, name) });
  if (refusal) {
    const code = refusal.status === 400 ? "VALIDATION_ERROR" : "method_not_allowed";
    const answer = apiError(code, refusal.message, refusal.status === 405 ? { Allow: API_ALLOW } : {});
    response.writeHead(refusal.status, { ...answer.headers, ...hsts, "Content-Length": String(Buffer.byteLength(answer.body)) });
    response.end(answer.body);
    return false;
  }
  request.headers[REQUEST_TARGET_HEADER] = target;
  request.headers[FRONT_SERVER_HEADER] = "1";
  for (const [name, value] of Object.entries(hsts)) response.setHeader(name, value);
  return true;
}

function headerValue(request, name) {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

/** An error in the contract's envelope, as lib/api/envelope.ts writes it. */
function apiError(code, message, extraHeaders) {
  const requestId = `req_${ulid()}`;
  const body = JSON.stringify({ data: null, error: { code, message }, meta: { requestId, timestamp: new Date().toISOString() } });
  return { body, headers: { ...SECURITY_HEADERS, "Content-Type": "application/json; charset=utf-8", ...extraHeaders, "X-Request-Id": requestId } };
}

/** The contract's envelope under /v1 and /api/v1, plain text elsewhere. */
function methodNotAllowed(method, url) {
  const message = `${method} is not supported here`;
  if (API_PATH.test(url)) return apiError("method_not_allowed", message, { Allow: API_ALLOW });
  return { body: message, headers: { ...SECURITY_HEADERS, "Content-Type": "text/plain; charset=utf-8", Allow: "GET, HEAD, POST" } };
}

function writeRaw(socket, statusLine, { body, headers }) {
  const all = { ...headers, "Content-Length": String(Buffer.byteLength(body)), Connection: "close" };
  const headerLines = Object.entries(all).map(([name, value]) => `${name}: ${value}`);
  socket.end(`HTTP/1.1 ${statusLine}\r\n${headerLines.join("\r\n")}\r\n\r\n${body}`);
}

function argument(flag) {
  const index = process.argv.indexOf(flag);
  return index === -1 ? undefined : process.argv[index + 1];
}
