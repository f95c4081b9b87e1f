// The link's front door against a real database (docs/api.md §7.4, §7.6): the proxy answers a
// document request of the session's own path without a live cookie with the plain front door, and
// leaves everything else (a live cookie, a client navigation, a page under the session, the
// signed-out page, an unknown id) to the App Router; an expired link is the 410 on every page.
import { afterEach, describe, expect, it } from "vitest";
import { advanceClock, resetClock } from "../clock";
import { env } from "../env";
import { prisma } from "../db";
import { createPortalSession } from "../portal-sessions/create-portal-session";
import { createTestWorkspace } from "../testing/fixtures";
import { exchangePortalToken } from "./exchange-portal-token";
import { decidePortalRequest, type PortalProxyDecision } from "./portal-proxy";

afterEach(() => resetClock());

async function mint() {
  const workspace = await createTestWorkspace();
  const tenant = { workspaceId: workspace.workspaceId, accountId: workspace.accountId, mode: "test" as const };
  await prisma.portalSettings.create({ data: { workspaceId: workspace.workspaceId, brandName: "Toko <Maju>", accentColor: "#ffcc00" } });
  const session = await createPortalSession(tenant, { customerId: workspace.customerId, returnUrl: "https://toko.example/akun" });
  return { session, token: session.url.split("#t=")[1]! };
}

type Options = { path?: string; cookieValue?: string; wasSignedOut?: boolean; headers?: Record<string, string>; method?: string; query?: string };

function decide(sessionId: string, options: Options = {}): Promise<PortalProxyDecision> {
  const pathname = `/portal/${sessionId}${options.path ?? ""}`;
  const request = new Request(`${env().portalOrigin}${pathname}${options.query ?? ""}`, {
    method: options.method ?? "GET",
    headers: { Host: new URL(env().portalOrigin).host, ...options.headers },
  });
  return decidePortalRequest(request, { pathname, cookieValue: options.cookieValue, wasSignedOut: options.wasSignedOut ?? false });
}

function bodyOf(decision: PortalProxyDecision): string {
  if (decision.kind !== "respond") throw new Error(`expected the proxy to answer, it passed the request on`);
  return decision.body;
}

describe("the front door", () => {
  it("answers the link's landing without a cookie: hidden until the exchange, its script carrying the CSP nonce", async () => {
    const { session } = await mint();
    const decision = await decide(session.id);
    expect(decision).toMatchObject({ kind: "respond", status: 200, contentType: "text/html; charset=utf-8" });
    const html = bodyOf(decision);
    const nonce = /'nonce-([^']+)'/.exec(decision.headers["Content-Security-Policy"] ?? "")?.[1];
    expect(nonce).toBeTruthy();
    expect(html).toContain(`<style nonce="${nonce}" id="entry-pending">html{visibility:hidden}</style>`);
    expect(html).toContain(`<script nonce="${nonce}">`);
    expect(html).toContain('field.name = "portal_token"');
    expect(html).toContain("<title>Billing · Toko &#60;Maju&#62;</title>");
    expect(html).toContain('<a href="https://toko.example/akun">Back to Toko &#60;Maju&#62;</a>');
    expect(html).toContain('<p role="status" id="entry-status"></p>');
    expect(html).not.toContain("<Maju>");
    // No customer data: the front door knows the brand, not who the link is for.
    const customer = await prisma.customer.findFirstOrThrow({ where: { id: session.customerId } });
    expect(html).not.toContain(customer.email ?? "@");
  });

  it("speaks the browser's language", async () => {
    const { session } = await mint();
    const html = bodyOf(await decide(session.id, { headers: { "Accept-Language": "id-ID,id;q=0.9" } }));
    expect(html).toContain('<html lang="id-ID">');
    expect(html).toContain("Kembali ke Toko &#60;Maju&#62;");
    expect(html).not.toContain("Back to");
  });

  it("leaves a browser with a cookie, a client navigation, a page under the session, the signed-out page and an unknown id to the App Router", async () => {
    const { session, token } = await mint();
    const exchanged = await exchangePortalToken(session.id, token);
    if (!exchanged.ok) throw new Error(`exchange refused: ${exchanged.reason}`);
    expect((await decide(session.id, { cookieValue: exchanged.cookieValue })).kind).toBe("continue");
    const other = (await mint()).session.id;
    expect((await decide(other, { headers: { RSC: "1" } })).kind).toBe("continue");
    expect((await decide(other, { headers: { "Next-Router-Prefetch": "1" } })).kind).toBe("continue");
    expect((await decide(other, { query: "?_rsc=abc" })).kind).toBe("continue");
    expect((await decide(other, { path: "/invoices" })).kind).toBe("continue");
    expect((await decide(other, { wasSignedOut: true })).kind).toBe("continue");
    expect((await decide(other, { method: "HEAD" })).kind).toBe("continue");
    // A browser holding a cookie for the session has used its link: the layout says to start again.
    expect((await decide(other, { cookieValue: "no-longer-live" })).kind).toBe("continue");
    expect((await decide("ps_01HXAB7K3M9N2P5QRS8TVWXY3Z")).kind).toBe("continue");
  });

  it("gives way to the 410 once the link has expired, on the landing and under it", async () => {
    const { session } = await mint();
    advanceClock(16 * 60 * 1000);
    expect(await decide(session.id)).toMatchObject({ kind: "respond", status: 410 });
    expect(await decide(session.id, { path: "/invoices" })).toMatchObject({ kind: "respond", status: 410 });
  });
});
