// One delivery attempt against a real receiver on 127.0.0.1, with the target guard on (as in every
// deployment) and off (WEBHOOK_ALLOW_PRIVATE_TARGETS=1, local receivers).
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CONNECTION_FAILED, postWebhook } from "./deliver-request";
import type { LookupAll } from "./resolve-webhook-target";

const BODY = JSON.stringify({ id: "evt_1", type: "invoice.paid" });
let server: Server;
let port: number;
let received: { url: string; headers: IncomingHttpHeaders; body: string }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      received.push({ url: request.url ?? "", headers: request.headers, body });
      response.writeHead(request.url === "/fail" ? 503 : 200).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  received = [];
});

/** A resolver that answers `addresses` and counts its calls. */
function fakeLookup(...addresses: string[]): LookupAll & { calls: string[] } {
  const calls: string[] = [];
  const lookup = async (hostname: string) => {
    calls.push(hostname);
    return addresses.map((address) => ({ address, family: address.includes(":") ? (6 as const) : (4 as const) }));
  };
  return Object.assign(lookup, { calls });
}

const guarded = { allowPrivateTargets: false, timeoutMs: 5_000 };
const open = { allowPrivateTargets: true, timeoutMs: 5_000 };

describe("webhook delivery with the target guard on", () => {
  it("refuses loopback literals before connecting, and tells the merchant only 'connection failed'", async () => {
    for (const host of ["127.0.0.1", "[::1]", "[::ffff:127.0.0.1]", "[::127.0.0.1]", "localhost"]) {
      const outcome = await postWebhook(`http://${host}:${port}/hook`, BODY, {}, guarded);
      expect(outcome, host).toMatchObject({ ok: false, responseCode: null, error: CONNECTION_FAILED });
      expect(outcome.ok ? "" : outcome.detail, host).toMatch(/^target refused: /);
    }
    expect(received).toHaveLength(0);
  });

  it("refuses a name that resolves to loopback or metadata, or to any forbidden address among public ones", async () => {
    for (const addresses of [["127.0.0.1"], ["169.254.169.254"], ["8.8.8.8", "10.0.0.7"], ["2606:4700::1111", "fd00::1"]]) {
      const lookup = fakeLookup(...addresses);
      const outcome = await postWebhook(`http://hooks.example.com:${port}/hook`, BODY, {}, { ...guarded, lookup });
      expect(outcome).toMatchObject({ ok: false, error: CONNECTION_FAILED });
      expect(outcome.ok ? "" : outcome.detail).toContain(`resolves to ${addresses.at(-1)}`);
      expect(lookup.calls).toEqual(["hooks.example.com"]);
    }
    expect(received).toHaveLength(0);
  });

  it("refuses a name that resolves to nothing with the same generic message", async () => {
    const failing: LookupAll = async () => {
      throw Object.assign(new Error("getaddrinfo ENOTFOUND db.example.com"), { code: "ENOTFOUND" });
    };
    const outcome = await postWebhook("https://db.example.com/hook", BODY, {}, { ...guarded, lookup: failing });
    expect(outcome).toMatchObject({ ok: false, responseCode: null, error: CONNECTION_FAILED });
  });
});

describe("webhook delivery to the address that was checked", () => {
  it("connects to the vetted address without resolving the name again, keeping the name in Host", async () => {
    const lookup = fakeLookup("127.0.0.1");
    // `.test` never resolves (RFC 6761): had anything looked the name up again, the attempt would fail.
    const outcome = await postWebhook(`http://hooks.plugipay.test:${port}/hook?x=1`, BODY, { "X-Plugipay-Event-Id": "evt_1" }, { ...open, lookup });
    expect(outcome).toEqual({ ok: true, responseCode: 200 });
    expect(lookup.calls).toEqual(["hooks.plugipay.test"]);
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ url: "/hook?x=1", body: BODY });
    expect(received[0]!.headers).toMatchObject({
      host: `hooks.plugipay.test:${port}`,
      "content-type": "application/json",
      "user-agent": "Plugipay-Webhooks/1.0",
      "x-plugipay-event-id": "evt_1",
    });
  });

  it("reports a non-2xx status, and a closed port as 'connection failed' with the reason kept for the log", async () => {
    expect(await postWebhook(`http://127.0.0.1:${port}/fail`, BODY, {}, open)).toEqual({ ok: false, responseCode: 503, error: "HTTP 503" });
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const outcome = await postWebhook(`http://127.0.0.1:${closedPort}/hook`, BODY, {}, open);
    expect(outcome).toMatchObject({ ok: false, responseCode: null, error: CONNECTION_FAILED });
    expect(outcome.ok ? "" : outcome.detail).toContain("ECONNREFUSED");
  });
});
