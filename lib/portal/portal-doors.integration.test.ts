// The portal's doors against a real database (docs/api.md §7.4, §7.6, §7.7): the token exchange
// takes JSON from the portal's own origin only and never burns the token on a refused try; failed
// exchanges are limited per session and per client; PDF renders per customer; a custom domain
// serves only its own workspace's sessions.
import { afterEach, describe, expect, it, vi } from "vitest";
import { advanceClock, resetClock } from "../clock";
import { env } from "../env";
import { prisma } from "../db";
import { newId } from "../ids";
import { createPortalSession } from "../portal-sessions/create-portal-session";
import { createTestWorkspace } from "../testing/fixtures";
import { createSubscribedCustomer } from "../testing/portal-fixtures";
import type { Tenant } from "../tenancy";
import { decidePortalRequest } from "./portal-proxy";

const cookieJar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", () => ({
  cookies: () =>
    Promise.resolve({
      get: (name: string) => (cookieJar.has(name) ? { value: cookieJar.get(name) } : undefined),
      set: (name: string, value: string) => cookieJar.set(name, value),
    }),
  headers: () => Promise.resolve(new Headers()),
}));
const { POST: exchange } = await import("@/app/portal/[sessionId]/session/route");
const { GET: downloadPdf } = await import("@/app/portal/[sessionId]/invoices/[invoiceId]/pdf/route");

afterEach(() => {
  resetClock();
  cookieJar.clear();
});

let addressCounter = 0;
const freshAddress = () => `198.51.100.${++addressCounter}, 203.0.113.${addressCounter % 250}`;

async function mint(owner?: { tenant: Tenant; customerId: string }) {
  let created = owner;
  if (!created) {
    const workspace = await createTestWorkspace();
    created = { tenant: { workspaceId: workspace.workspaceId, accountId: workspace.accountId, mode: "test" }, customerId: workspace.customerId };
  }
  const session = await createPortalSession(created.tenant, { customerId: created.customerId, returnUrl: "https://app.example.com" });
  return { tenant: created.tenant, session, token: session.url.split("#t=")[1]! };
}

function post(sessionId: string, body: string, headers: Record<string, string>) {
  const request = new Request(`${env().portalOrigin}/portal/${sessionId}/session`, { method: "POST", body, headers });
  return exchange(request, { params: Promise.resolve({ sessionId }) });
}

const fromPortal = (address: string) => ({
  "Content-Type": "application/json",
  Origin: env().portalOrigin,
  "Sec-Fetch-Site": "same-origin",
  "X-Forwarded-For": address,
});

describe("the token exchange's door", () => {
  it("refuses a text/plain cross-site POST, a foreign or missing Origin and a same-site fetch, and the token still works afterwards", async () => {
    const { session, token } = await mint();
    const address = freshAddress();
    const body = JSON.stringify({ token });
    const crossSite = await post(session.id, body, {
      "Content-Type": "text/plain",
      Origin: "https://attacker.example",
      "Sec-Fetch-Site": "cross-site",
      "X-Forwarded-For": address,
    });
    expect(crossSite.status).toBe(415);
    expect(await crossSite.json()).toEqual({ reason: "unsupported_media_type" });
    expect((await post(session.id, body, { ...fromPortal(address), Origin: "https://attacker.example" })).status).toBe(403);
    const { Origin: _origin, ...withoutOrigin } = fromPortal(address);
    expect((await post(session.id, body, withoutOrigin)).status).toBe(403);
    expect((await post(session.id, body, { ...fromPortal(address), "Sec-Fetch-Site": "same-site" })).status).toBe(403);
    expect(await prisma.portalSession.findUniqueOrThrow({ where: { id: session.id } })).toMatchObject({ exchangedAt: null });
    const accepted = await post(session.id, body, fromPortal(address));
    expect(accepted.status).toBe(204);
    expect(cookieJar.get("plugipay_portal")).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("accepts the workspace's verified custom domain as the origin, but not a pending one", async () => {
    const { session, token, tenant } = await mint();
    const domain = `billing-${session.id.slice(-8).toLowerCase()}.example.com`;
    await prisma.portalSettings.create({ data: { workspaceId: tenant.workspaceId, customDomain: domain } });
    const body = JSON.stringify({ token });
    const headers = { ...fromPortal(freshAddress()), Origin: `https://${domain}` };
    expect((await post(session.id, body, headers)).status).toBe(403);
    await prisma.portalSettings.update({ where: { workspaceId: tenant.workspaceId }, data: { customDomainVerifiedAt: new Date() } });
    expect((await post(session.id, body, headers)).status).toBe(204);
  });
});

describe("failed exchange limits", () => {
  it("allows five failures per session, then 429 with Retry-After even for the right token, which is not burned", async () => {
    const { session, token } = await mint();
    for (let i = 0; i < 5; i++) expect((await post(session.id, JSON.stringify({ token: `${token}x` }), fromPortal(freshAddress()))).status).toBe(403);
    const limited = await post(session.id, JSON.stringify({ token }), fromPortal(freshAddress()));
    expect(limited.status).toBe(429);
    expect(await limited.json()).toEqual({ reason: "rate_limited" });
    expect(Number(limited.headers.get("Retry-After"))).toBeGreaterThanOrEqual(1);
    advanceClock(3 * 60 * 1000 + 1000);
    expect((await post(session.id, JSON.stringify({ token }), fromPortal(freshAddress()))).status).toBe(204);
  });

  it("allows thirty failures per client address, not counting successes, while another address is unaffected", async () => {
    const address = freshAddress();
    const decoy = await mint();
    for (let i = 0; i < 29; i++) {
      const target = i % 4 === 0 ? (await mint()).session.id : newId("portalSession");
      expect((await post(target, JSON.stringify({ token: "guess" }), fromPortal(address))).status).toBe(403);
    }
    for (let i = 0; i < 3; i++) {
      const { session, token } = await mint();
      expect((await post(session.id, JSON.stringify({ token }), fromPortal(address))).status).toBe(204);
    }
    expect((await post(decoy.session.id, JSON.stringify({ token: "guess" }), fromPortal(address))).status).toBe(403);
    expect((await post(decoy.session.id, JSON.stringify({ token: decoy.token }), fromPortal(address))).status).toBe(429);
    expect((await post(decoy.session.id, JSON.stringify({ token: decoy.token }), fromPortal(freshAddress()))).status).toBe(204);
  });
});

describe("portal PDF renders", () => {
  it("allows five a minute per customer, then 429 with Retry-After", async () => {
    const subscribed = await createSubscribedCustomer();
    const { session, token } = await mint({ tenant: subscribed.tenant, customerId: subscribed.customerId });
    expect((await post(session.id, JSON.stringify({ token }), fromPortal(freshAddress()))).status).toBe(204);
    const download = () =>
      downloadPdf(new Request(`${env().portalOrigin}/portal/${session.id}/invoices/${subscribed.invoice.id}/pdf`), {
        params: Promise.resolve({ sessionId: session.id, invoiceId: subscribed.invoice.id }),
      });
    for (let i = 0; i < 5; i++) expect((await download()).status).toBe(200);
    const limited = await download();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("Retry-After"))).toBeGreaterThanOrEqual(1);
  });
});

describe("custom domains", () => {
  it("serve only their own workspace's sessions; PORTAL_ORIGIN serves every session", async () => {
    const own = await mint();
    const other = await mint();
    const domain = `pay-${own.session.id.slice(-8).toLowerCase()}.example.com`;
    await prisma.portalSettings.create({ data: { workspaceId: own.tenant.workspaceId, customDomain: domain, customDomainVerifiedAt: new Date() } });
    const decide = (sessionId: string, host: string) =>
      decidePortalRequest(new Request(`${env().portalOrigin}/portal/${sessionId}`, { headers: { Host: host } }), {
        pathname: `/portal/${sessionId}`,
        cookieValue: undefined,
        wasSignedOut: false,
      });
    expect(await decide(other.session.id, domain)).toMatchObject({ kind: "respond", status: 404 });
    expect(await decide(other.session.id, `${domain.toUpperCase()}:443`)).toMatchObject({ kind: "respond", status: 404 });
    expect(await decide(own.session.id, domain)).toMatchObject({ kind: "respond", status: 200 }); // its front door
    const portalHost = new URL(env().portalOrigin).host;
    expect(await decide(other.session.id, portalHost)).toMatchObject({ kind: "respond", status: 200 });
    expect(await decide(own.session.id, portalHost)).toMatchObject({ kind: "respond", status: 200 });
  });
});
