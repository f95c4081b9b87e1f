// The production server's response compression (lib/http/compress-response.mjs), over real sockets.
import { createServer, request as httpRequest, type IncomingHttpHeaders, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, createBrotliDecompress, gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { compressResponse, negotiateEncoding } from "./compress-response.mjs";

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function serve(handler: RequestListener): Promise<string> {
  const server = createServer((request, response) => handler(request, compressResponse(request, response)));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

type Raw = { status: number; headers: IncomingHttpHeaders; body: Buffer };

function get(url: string, acceptEncoding?: string, method = "GET"): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { "Accept-Encoding": acceptEncoding };
    const outgoing = httpRequest(url, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    outgoing.on("error", reject);
    outgoing.end();
  });
}

const PAGE = `<!DOCTYPE html><html><body>${Array.from({ length: 200 }, (_, index) => `<p>Invoice line ${index}</p>`).join("")}</body></html>`;

describe("negotiateEncoding", () => {
  it("prefers brotli, honours q-values and wildcards, and falls back to identity", () => {
    expect(negotiateEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(negotiateEncoding("br;q=0.5, gzip;q=1")).toBe("gzip");
    expect(negotiateEncoding("br;q=0, gzip")).toBe("gzip");
    expect(negotiateEncoding("gzip")).toBe("gzip");
    expect(negotiateEncoding("*")).toBe("br");
    expect(negotiateEncoding("*;q=0")).toBe("identity");
    expect(negotiateEncoding("identity")).toBe("identity");
    expect(negotiateEncoding("br;q=abc")).toBe("identity");
    expect(negotiateEncoding(undefined)).toBe("identity");
  });
});

describe("compressResponse", () => {
  it("answers brotli for Accept-Encoding: br, gzip otherwise, identity when none, each decoding to the same body", async () => {
    const url = await serve((_request, response) => {
      response.setHeader("Content-Type", "text/html; charset=utf-8");
      response.setHeader("Content-Length", String(Buffer.byteLength(PAGE)));
      response.end(PAGE);
    });
    const br = await get(url, "gzip, deflate, br");
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers["content-length"]).toBeUndefined();
    expect(br.headers.vary).toBe("Accept-Encoding");
    expect(br.body.length).toBeLessThan(Buffer.byteLength(PAGE) / 4);
    expect(brotliDecompressSync(br.body).toString()).toBe(PAGE);
    const gzip = await get(url, "gzip");
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzip.body).toString()).toBe(PAGE);
    const identity = await get(url);
    expect(identity.headers["content-encoding"]).toBeUndefined();
    expect(identity.headers["content-length"]).toBe(String(Buffer.byteLength(PAGE)));
    expect(identity.headers.vary).toBe("Accept-Encoding");
    expect(identity.body.toString()).toBe(PAGE);
  });

  it("sees headers given to writeHead, keeps an existing Vary, and weakens a strong ETag", async () => {
    const body = JSON.stringify({ data: Array.from({ length: 100 }, (_, index) => ({ id: `cus_${index}`, name: "Ada Lovelace" })) });
    const url = await serve((_request, response) => {
      response.setHeader("Vary", "Origin");
      response.writeHead(200, { "Content-Type": "application/json", "Content-Length": String(Buffer.byteLength(body)), ETag: '"abc"' });
      response.end(body);
    });
    const br = await get(url, "br");
    expect(br.headers).toMatchObject({ "content-encoding": "br", vary: "Origin, Accept-Encoding", etag: 'W/"abc"' });
    expect(br.headers["content-length"]).toBeUndefined();
    expect(JSON.parse(brotliDecompressSync(br.body).toString())).toEqual(JSON.parse(body));
  });

  it("leaves small bodies, already-encoded bodies, images, HEAD and 304 as they are", async () => {
    const url = await serve((request, response) => {
      const path = request.url ?? "/";
      if (path === "/small") response.setHeader("Content-Type", "application/json").end('{"ok":true}');
      else if (path === "/encoded") response.writeHead(200, { "Content-Type": "text/plain", "Content-Encoding": "gzip" }).end(Buffer.alloc(4096, 1));
      else if (path === "/image") response.writeHead(200, { "Content-Type": "image/png" }).end(Buffer.alloc(4096, 7));
      else if (path === "/not-modified") response.writeHead(304, { "Content-Type": "text/html" }).end();
      else
        response
          .writeHead(200, { "Content-Type": "text/html", "Content-Length": String(Buffer.byteLength(PAGE)) })
          .end(request.method === "HEAD" ? undefined : PAGE);
    });
    const small = await get(`${url}/small`, "br");
    expect(small.headers["content-encoding"]).toBeUndefined();
    expect(small.body.toString()).toBe('{"ok":true}');
    expect((await get(`${url}/encoded`, "br")).headers["content-encoding"]).toBe("gzip");
    const image = await get(`${url}/image`, "br");
    expect(image.headers["content-encoding"]).toBeUndefined();
    expect(image.headers.vary).toBeUndefined();
    expect(image.body).toEqual(Buffer.alloc(4096, 7));
    const head = await get(url, "br", "HEAD");
    expect(head.headers["content-encoding"]).toBeUndefined();
    expect(head.headers["content-length"]).toBe(String(Buffer.byteLength(PAGE)));
    expect((await get(`${url}/not-modified`, "br")).status).toBe(304);
  });

  it("holds a body of unknown length until it is 1 KiB, ends, or is flushed: a tiny one goes as it is", async () => {
    const url = await serve((request, response) => {
      response.writeHead(200, { "Content-Type": "application/json" });
      const flush = () => (response as unknown as { flush(): void }).flush();
      if (request.url === "/tiny") {
        response.write('{"status":');
        flush();
        response.end('"ok"}');
      } else {
        for (let index = 0; index < 40; index++) response.write(`{"line":${index},"text":"Invoice line"},`);
        flush();
        response.end("{}");
      }
    });
    const tiny = await get(`${url}/tiny`, "br");
    expect(tiny.headers["content-encoding"]).toBeUndefined();
    expect(tiny.headers.vary).toBe("Accept-Encoding");
    expect(tiny.body.toString()).toBe('{"status":"ok"}');
    const long = await get(`${url}/long`, "br");
    expect(long.headers["content-encoding"]).toBe("br");
    const expected = Array.from({ length: 40 }, (_, index) => `{"line":${index},"text":"Invoice line"},`).join("") + "{}";
    expect(brotliDecompressSync(long.body).toString()).toBe(expected);
  });

  it("compresses build assets once at the best level and serves the same bytes again", async () => {
    const script = `self.chunk=${JSON.stringify(Array.from({ length: 500 }, (_, index) => `module ${index}`))};`;
    let served = 0;
    const url = await serve((_request, response) => {
      served += 1;
      response.writeHead(200, { "Content-Type": "application/javascript; charset=UTF-8", "Cache-Control": "public, max-age=31536000, immutable" });
      response.write(script.slice(0, 1000));
      response.end(script.slice(1000));
    });
    const first = await get(`${url}/_next/static/chunks/test-${Date.now()}.js`, "br");
    expect(first.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(first.body).toString()).toBe(script);
    const again = await get(`${url}/_next/static/chunks/same.js`, "br");
    const repeat = await get(`${url}/_next/static/chunks/same.js`, "br");
    expect(repeat.body).toEqual(again.body);
    expect(served).toBe(3);
    const gzip = await get(`${url}/_next/static/chunks/same.js`, "gzip");
    expect(gunzipSync(gzip.body).toString()).toBe(script);
  });

  it("compresses a build asset under 1 KiB too, since it is compressed only once", async () => {
    const script = `(self.chunks=self.chunks||[]).push(["small",{${Array.from({ length: 12 }, (_, index) => `m${index}:function(){return "module ${index}"}`).join(",")}}]);`;
    expect(Buffer.byteLength(script)).toBeLessThan(1024);
    const url = await serve((_request, response) => {
      response.writeHead(200, { "Content-Type": "application/javascript; charset=UTF-8", "Content-Length": String(Buffer.byteLength(script)) });
      response.end(script);
    });
    const asset = await get(`${url}/_next/static/chunks/small-${Date.now()}.js`, "br");
    expect(asset.headers["content-encoding"]).toBe("br");
    expect(asset.headers.vary).toBe("Accept-Encoding");
    expect(asset.body.length).toBeLessThan(Buffer.byteLength(script));
    expect(brotliDecompressSync(asset.body).toString()).toBe(script);
    const page = await get(`${url}/portal/small`, "br");
    expect(page.headers["content-encoding"]).toBeUndefined();
    expect(page.body.toString()).toBe(script);
  });

  it("still streams: each flushed chunk reaches the browser before the next one is written", async () => {
    let release: () => void = () => undefined;
    const secondWritten = new Promise<void>((resolve) => (release = resolve));
    const url = await serve((_request, response) => {
      response.writeHead(200, { "Content-Type": "text/x-component" });
      response.write(`first:${"a".repeat(2000)}\n`);
      (response as unknown as { flush(): void }).flush();
      void secondWritten.then(() => response.end(`second:${"b".repeat(2000)}\n`));
    });
    const decoded = await new Promise<string>((resolve, reject) => {
      const outgoing = httpRequest(url, { headers: { "Accept-Encoding": "br" } }, (response) => {
        expect(response.headers["content-encoding"]).toBe("br");
        let text = "";
        const decoder = response.pipe(createBrotliDecompress());
        decoder.on("data", (chunk: Buffer) => {
          text += chunk.toString();
          if (text.startsWith("first:") && text.endsWith("\n") && !text.includes("second:")) release();
        });
        decoder.on("end", () => resolve(text));
        decoder.on("error", reject);
      });
      outgoing.on("error", reject);
      outgoing.end();
    });
    expect(decoded).toBe(`first:${"a".repeat(2000)}\nsecond:${"b".repeat(2000)}\n`);
  });
});
