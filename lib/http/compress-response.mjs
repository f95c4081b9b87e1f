// Response compression for the production server (scripts/serve.mjs), in place of Next.js's own,
// which is gzip only (next.config.mjs sets `compress: false`). Brotli where the request's
// Accept-Encoding allows it, else gzip, else the body as it is; always `Vary: Accept-Encoding` on
// the content types it would compress (docs/decisions/0013-portal-first-paint-and-compression.md).
// - Streams (HTML and RSC payloads, route handlers) are compressed as they go at a fast level, and
//   flushed after each chunk: Next.js calls `response.flush()` after every write, so a streamed
//   page still arrives in pieces.
// - Build assets under /_next/static/ (hashed names, immutable) are compressed once at the best
//   level off the event loop and kept in memory, so each costs its compression once per process.
// - Left alone: HEAD, already-encoded bodies, ranges, 1xx/204/304, `no-transform`, bodies other
//   than build assets (known or held until they tell) under 1 KiB, and content types that do not
//   compress (images, fonts, PDFs). A build asset of any size is compressed: it costs that once.
import { brotliCompress, constants, createBrotliCompress, createGzip, gzip } from "node:zlib";
import { promisify } from "node:util";

export const MIN_COMPRESS_BYTES = 1024;
const STREAM_BROTLI_QUALITY = 5;
const STATIC_PREFIX = "/_next/static/";
const STATIC_CACHE_LIMIT_BYTES = 64 * 1024 * 1024;
const COMPRESSIBLE =
  /^(text\/[a-z0-9.+-]+|application\/(json|[a-z0-9.+-]+\+json|javascript|x-javascript|ecmascript|xml|[a-z0-9.+-]+\+xml|wasm)|image\/svg\+xml)\s*(;|$)/i;

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** @type {Map<string, Promise<Buffer>>} */
const staticCache = new Map();
let staticCacheBytes = 0;

/**
 * The coding to answer with: brotli when acceptable and not less preferred than gzip, else gzip,
 * else identity (RFC 9110 §12.5.3; `*` stands for any coding not named).
 * @param {string | string[] | undefined} header
 * @returns {"br" | "gzip" | "identity"}
 */
export function negotiateEncoding(header) {
  /** @type {Map<string, number>} */
  const qualities = new Map();
  for (const part of String(header ?? "").split(",")) {
    const [name = "", ...parameters] = part.split(";");
    const coding = name.trim().toLowerCase();
    if (!coding) continue;
    let quality = 1;
    for (const parameter of parameters) {
      const [key = "", value = ""] = parameter.split("=");
      if (key.trim().toLowerCase() === "q") quality = /^\s*(0(\.\d{0,3})?|1(\.0{0,3})?)\s*$/.test(value) ? Number(value) : 0;
    }
    qualities.set(coding, quality);
  }
  /** @param {string} coding */
  const of = (coding) => qualities.get(coding) ?? qualities.get("*") ?? 0;
  if (of("br") > 0 && of("br") >= of("gzip")) return "br";
  return of("gzip") > 0 ? "gzip" : "identity";
}

/** @param {unknown} contentType */
export function isCompressible(contentType) {
  return typeof contentType === "string" && COMPRESSIBLE.test(contentType);
}

/**
 * Makes `response` compress what is written to it, as the request allows. Call before handing both
 * to the framework; everything written through write/end/flush is then encoded.
 * @param {import("node:http").IncomingMessage} request
 * @param {import("node:http").ServerResponse} response
 */
export function compressResponse(request, response) {
  const coding = request.method === "HEAD" ? "identity" : negotiateEncoding(request.headers["accept-encoding"]);
  const path = (request.url ?? "/").split("?")[0] ?? "/";
  const original = { writeHead: response.writeHead, write: response.write, end: response.end, on: response.on, flushHeaders: response.flushHeaders };
  // undecided → pass (as is) | buffer (a build asset) | pending (a body of unknown length: held
  // until 1 KiB, the end or a flush tells) → stream (compressed as written) or pass.
  /** @type {"undecided" | "pass" | "pending" | "stream" | "buffer"} */
  let mode = "undecided";
  /** @type {import("node:zlib").BrotliCompress | import("node:zlib").Gzip | null} */
  let stream = null;
  /** @type {Buffer[]} */
  const buffered = [];
  let bufferedBytes = 0;
  /** @type {((...args: unknown[]) => void)[]} */
  const pendingDrain = [];
  /** @type {number | undefined} */
  let endingLength;
  /** @type {string | undefined} */
  let reasonPhrase;

  const setEncodingHeaders = () => {
    response.removeHeader("Content-Length");
    response.setHeader("Content-Encoding", coding);
    const etag = response.getHeader("etag");
    if (typeof etag === "string" && etag.startsWith('"')) response.setHeader("ETag", `W/${etag}`);
  };
  const sendHead = () =>
    reasonPhrase === undefined ? original.writeHead.call(response, response.statusCode) : original.writeHead.call(response, response.statusCode, reasonPhrase);
  const decide = () => {
    if (mode !== "undecided") return;
    mode = "pass";
    if (!isCompressible(response.getHeader("content-type"))) return;
    addVary(response);
    const isBuildAsset = path.startsWith(STATIC_PREFIX) && response.statusCode === 200;
    if (coding === "identity" || !shouldCompress(response, endingLength, isBuildAsset ? 0 : MIN_COMPRESS_BYTES)) return;
    const known = endingLength !== undefined || response.hasHeader("content-length");
    if (isBuildAsset) {
      setEncodingHeaders();
      mode = "buffer";
    } else if (known) {
      setEncodingHeaders();
      startStream();
    } else mode = "pending";
  };
  const startStream = () => {
    mode = "stream";
    stream = coding === "br" ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: STREAM_BROTLI_QUALITY } }) : createGzip({ level: 6 });
    const compressed = stream;
    compressed.on("data", (/** @type {Buffer} */ chunk) => {
      if (original.write.call(response, chunk) === false) compressed.pause();
    });
    compressed.on("end", () => original.end.call(response));
    compressed.on("error", (error) => response.destroy(error));
    original.on.call(response, "drain", () => compressed.resume());
    original.on.call(response, "close", () => {
      if (!response.writableFinished) compressed.destroy();
    });
    for (const listener of pendingDrain.splice(0)) compressed.on("drain", listener);
  };
  const releaseDrainListeners = () => {
    if (mode === "stream" || mode === "pending") return;
    for (const listener of pendingDrain.splice(0)) original.on.call(response, "drain", listener);
  };
  /** A held body ends its wait: compressed when it reached 1 KiB, else sent as it is. */
  const settle = () => {
    if (mode !== "pending") return;
    const held = Buffer.concat(buffered.splice(0));
    if (bufferedBytes >= MIN_COMPRESS_BYTES) {
      setEncodingHeaders();
      startStream();
      sendHead();
      if (held.length) /** @type {NonNullable<typeof stream>} */ (stream).write(held);
    } else {
      mode = "pass";
      sendHead();
      releaseDrainListeners();
      if (held.length) original.write.call(response, held);
    }
  };

  /** @type {any} */
  const patched = response;
  patched.writeHead = function writeHead(/** @type {number} */ statusCode, /** @type {unknown[]} */ ...rest) {
    if (response.headersSent || mode === "pending") return mode === "pending" ? response : original.writeHead.call(response, statusCode, ...rest);
    reasonPhrase = typeof rest[0] === "string" ? /** @type {string} */ (rest.shift()) : undefined;
    setAll(response, rest[0]);
    response.statusCode = statusCode;
    decide();
    if (mode === "pending") return response;
    releaseDrainListeners();
    return sendHead();
  };
  patched.flushHeaders = function flushHeaders() {
    if (!response.headersSent) patched.writeHead(response.statusCode);
    if (mode !== "pending") original.flushHeaders.call(response);
  };
  patched.write = function write(/** @type {unknown} */ chunk, /** @type {unknown} */ encoding, /** @type {unknown} */ callback) {
    if (!response.headersSent) patched.writeHead(response.statusCode);
    if (mode === "pass") return original.write.call(response, chunk, encoding, callback);
    const bytes = toBuffer(chunk, encoding);
    const done = typeof encoding === "function" ? encoding : callback;
    if (mode === "buffer" || mode === "pending") {
      buffered.push(bytes);
      bufferedBytes += bytes.length;
      if (typeof done === "function") process.nextTick(done);
      if (mode === "pending" && bufferedBytes >= MIN_COMPRESS_BYTES) settle();
      return true;
    }
    return /** @type {NonNullable<typeof stream>} */ (stream).write(bytes, typeof done === "function" ? () => done() : undefined);
  };
  patched.end = function end(/** @type {unknown} */ chunk, /** @type {unknown} */ encoding, /** @type {unknown} */ callback) {
    const done = [chunk, encoding, callback].find((argument) => typeof argument === "function");
    const body = typeof chunk === "function" || chunk == null ? undefined : toBuffer(chunk, typeof encoding === "function" ? undefined : encoding);
    if (!response.headersSent && mode === "undecided") {
      endingLength = body?.length ?? 0;
      patched.writeHead(response.statusCode);
    }
    if (typeof done === "function") original.on.call(response, "finish", () => done());
    if (mode === "pending") {
      if (body) buffered.push(body);
      bufferedBytes += body?.length ?? 0;
      settle();
      return mode === "stream" ? /** @type {NonNullable<typeof stream>} */ (stream.end(), response) : original.end.call(response);
    }
    if (mode === "pass") return body ? original.end.call(response, body) : original.end.call(response);
    if (mode === "stream") {
      /** @type {NonNullable<typeof stream>} */ (stream).end(body);
      return response;
    }
    if (body) buffered.push(body);
    void compressStatic(path, Buffer.concat(buffered), coding).then(
      (compressed) => original.end.call(response, compressed),
      (error) => response.destroy(error),
    );
    return response;
  };
  // Next.js flushes after every write: a body still held is then settled, so nothing waits.
  patched.flush = function flush() {
    settle();
    if (mode === "stream" && stream) stream.flush(coding === "br" ? constants.BROTLI_OPERATION_FLUSH : constants.Z_SYNC_FLUSH);
  };
  // Next.js waits for 'drain' after a write that returned false: while compressing, that is the
  // compressor's drain, not the socket's.
  patched.on = patched.addListener = function on(/** @type {string} */ event, /** @type {(...args: unknown[]) => void} */ listener) {
    if (event !== "drain") return original.on.call(response, event, listener);
    if (mode === "undecided" || mode === "pending") pendingDrain.push(listener);
    else if (mode === "stream" && stream) return stream.on(event, listener);
    else original.on.call(response, event, listener);
    return response;
  };
  return response;
}

/**
 * @param {import("node:http").ServerResponse} response
 * @param {number | undefined} endingLength
 * @param {number} minBytes a build asset has none: compressed once and kept, even a small one costs nothing again
 */
function shouldCompress(response, endingLength, minBytes) {
  const status = response.statusCode;
  if (status < 200 || status === 204 || status === 206 || status === 304) return false;
  if (response.getHeader("content-encoding") || response.getHeader("content-range")) return false;
  if (/\bno-transform\b/i.test(String(response.getHeader("cache-control") ?? ""))) return false;
  const declared = Number(response.getHeader("content-length"));
  const length = endingLength ?? (response.hasHeader("content-length") && Number.isFinite(declared) ? declared : undefined);
  return length === undefined || length >= minBytes;
}

/** @param {import("node:http").ServerResponse} response */
function addVary(response) {
  const vary = String(response.getHeader("vary") ?? "");
  if (vary.trim() === "*" || /(^|,)\s*accept-encoding\s*(,|$)/i.test(vary)) return;
  response.setHeader("Vary", vary.trim() ? `${vary}, Accept-Encoding` : "Accept-Encoding");
}

/** Headers given to writeHead directly, as setHeader calls, so the decision sees them. */
function setAll(/** @type {import("node:http").ServerResponse} */ response, /** @type {unknown} */ headers) {
  if (!headers || typeof headers !== "object") return;
  if (Array.isArray(headers)) {
    const pairs = Array.isArray(headers[0]) ? headers : Array.from({ length: headers.length / 2 }, (_, index) => [headers[2 * index], headers[2 * index + 1]]);
    for (const [name, value] of pairs) response.appendHeader(String(name), value);
    return;
  }
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) response.setHeader(name, value);
}

/** @returns {Buffer} */
function toBuffer(/** @type {unknown} */ chunk, /** @type {unknown} */ encoding) {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(String(chunk), typeof encoding === "string" ? /** @type {BufferEncoding} */ (encoding) : "utf8");
}

/** A build asset's compressed bytes, computed once (best level, on libuv's thread pool). */
function compressStatic(/** @type {string} */ path, /** @type {Buffer} */ body, /** @type {"br" | "gzip"} */ coding) {
  const key = `${coding} ${path} ${body.length}`;
  const cached = staticCache.get(key);
  if (cached) return cached;
  const compressed =
    coding === "br"
      ? brotliAsync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
      : gzipAsync(body, { level: 9 });
  if (staticCacheBytes + body.length <= STATIC_CACHE_LIMIT_BYTES) {
    staticCache.set(key, compressed);
    staticCacheBytes += body.length;
    compressed.catch(() => staticCache.delete(key));
  }
  return compressed;
}
