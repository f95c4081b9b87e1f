// The doors that Next.js itself would answer with a 500, against the production build (docs/api.md
// §7.4, §7.6): raw request lines through node:http, since fetch would normalise them.
import { request as httpRequest } from "node:http";
import { connect } from "node:net";
import { expect, test } from "./fixtures";

type RawAnswer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

function raw(baseUrl: string, method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<RawAnswer> {
  const base = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ host: base.hostname, port: base.port, method, path, headers }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }));
    });
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

/** One request written byte for byte on a socket: Node's HTTP client handles CONNECT apart and may not send what a hostile client can. */
function rawSocket(baseUrl: string, requestText: string): Promise<RawAnswer> {
  const base = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: base.hostname, port: Number(base.port) }, () => socket.write(requestText));
    let text = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => (text += chunk));
    socket.on("error", reject);
    socket.on("end", () => {
      const [head = "", body = ""] = text.split("\r\n\r\n", 2);
      const [statusLine = "", ...headerLines] = head.split("\r\n");
      const headers = Object.fromEntries(headerLines.map((line) => [line.slice(0, line.indexOf(":")).toLowerCase(), line.slice(line.indexOf(":") + 1).trim()]));
      resolve({ status: Number(statusLine.split(" ")[1]), headers, body });
    });
  });
}

function expectPortalHeaders(answer: RawAnswer) {
  expect(answer.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(answer.headers["x-content-type-options"]).toBe("nosniff");
  expect(answer.headers["x-frame-options"]).toBe("DENY");
}

test.describe("the doors answer 4xx, never 500", () => {
  test("malformed percent-encoding and unserved methods", async ({ baseURL, merchant }) => {
    const sessionPath = new URL(await merchant.portalUrl(await merchant.customer())).pathname;
    for (const path of ["/portal/%ZZ", `${sessionPath}/%ZZ`, "/portal/%ZZ/session"]) {
      const answer = await raw(baseURL!, "GET", path);
      expect(answer.status, path).toBe(400);
      expectPortalHeaders(answer);
    }
    const api = await raw(baseURL!, "GET", "/v1/customers/cus_%ZZ");
    expect(api.status).toBe(400);
    expect(JSON.parse(api.body)).toMatchObject({ data: null, error: { code: "VALIDATION_ERROR" } });
    for (const method of ["PROPFIND", "PATCH"]) {
      const portal = await raw(baseURL!, method, sessionPath);
      expect(portal.status, method).toBe(405);
      expectPortalHeaders(portal);
    }
    const propfind = await raw(baseURL!, "PROPFIND", "/v1/customers");
    expect(propfind.status).toBe(405);
    expect(JSON.parse(propfind.body)).toMatchObject({ error: { code: "method_not_allowed" } });
  });

  test("TRACE, TRACK and CONNECT, which Next.js cannot parse, are 405 with the security headers", async ({ baseURL }) => {
    const host = new URL(baseURL!).host;
    for (const [method, target] of [
      ["TRACE", "/v1/customers"],
      ["TRACE", "/portal/ps_x"],
      ["TRACK", "/v1/customers"],
      ["CONNECT", host],
    ] as const) {
      const answer = await rawSocket(baseURL!, `${method} ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
      expect(answer.status, `${method} ${target}`).toBe(405);
      expectPortalHeaders(answer);
    }
    const api = await rawSocket(baseURL!, `TRACE /v1/customers HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
    expect(JSON.parse(api.body)).toMatchObject({ data: null, error: { code: "method_not_allowed" } });
  });

  test("garbage server-action bodies and cross-origin actions", async ({ baseURL, merchant }) => {
    const sessionPath = new URL(await merchant.portalUrl(await merchant.customer())).pathname;
    const host = new URL(baseURL!).host;
    const action = { "Next-Action": "40185567fcfd7177f4985eb055c47feb017917609c", Host: host };
    const attempts = [
      { headers: { ...action, "Next-Action": "bogus", Origin: baseURL!, "Content-Type": "text/plain" }, body: "junk{[[" },
      { headers: { ...action, Origin: baseURL!, "Content-Type": "text/plain;charset=UTF-8" }, body: '["$Q1"]' },
      { headers: { ...action, Origin: baseURL!, "Content-Type": "multipart/form-data; boundary=x" }, body: "--x\r\njunk" },
      { headers: { ...action, Origin: "https://attacker.example", "Content-Type": "text/plain" }, body: "[]" },
    ];
    const statuses = [];
    for (const attempt of attempts) {
      const answer = await raw(baseURL!, "POST", sessionPath, attempt.headers, attempt.body);
      expectPortalHeaders(answer);
      statuses.push(answer.status);
    }
    expect(statuses).toEqual([400, 400, 400, 403]);
  });

  test("a text/plain cross-site exchange is refused and the link still opens the portal", async ({ baseURL, page, merchant }) => {
    const url = await merchant.portalUrl(await merchant.customer());
    const token = new URL(url).hash.slice("#t=".length);
    const sessionPath = new URL(url).pathname;
    const refused = await raw(
      baseURL!,
      "POST",
      `${sessionPath}/session`,
      { "Content-Type": "text/plain", Origin: "https://attacker.example", "Sec-Fetch-Site": "cross-site" },
      JSON.stringify({ token }),
    );
    expect(refused.status).toBe(415);
    await page.goto(url);
    await expect(page.getByText("Ada Lovelace")).toBeVisible();
  });

  test("HSTS on https responses only", async ({ baseURL, merchant }) => {
    const sessionPath = new URL(await merchant.portalUrl(await merchant.customer())).pathname;
    const overHttps = await raw(baseURL!, "GET", sessionPath, { "X-Forwarded-Proto": "https" });
    expect(overHttps.headers["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    const overHttp = await raw(baseURL!, "GET", sessionPath);
    expect(overHttp.headers["strict-transport-security"]).toBeUndefined();
    // The API too, answered or refused (scripts/serve.mjs does the proxy's part there).
    for (const path of ["/v1/customers", "/v1/customers/cus_%ZZ"]) {
      const api = await raw(baseURL!, "GET", path, { "X-Forwarded-Proto": "https" });
      expect([401, 400], path).toContain(api.status);
      expect(api.headers["strict-transport-security"], path).toBe("max-age=63072000; includeSubDomains");
      expect((await raw(baseURL!, "GET", path)).headers["strict-transport-security"], path).toBeUndefined();
    }
  });
});
