// The front door's form entry against a real database (docs/api.md §7.4, docs/decisions/0018): the
// token posted as a form to the session's own path is exchanged by the proxy, which passes the
// request on with the new cookie; the doors and limits are the JSON route's; a refusal is the
// front door with its message, and a refused door never burns the token.
import { afterEach, describe, expect, it } from "vitest";
import { advanceClock, resetClock } from "../clock";
import { databaseQueryCount, prisma } from "../db";
import { env } from "../env";
import { createPortalSession } from "../portal-sessions/create-portal-session";
import { createTestWorkspace } from "../testing/fixtures";
import { resolvePortalAccess } from "./portal-access";
import { decidePortalRequest, type PortalProxyDecision } from "./portal-proxy";

afterEach(() => resetClock());

async function mint() {
  const workspace = await createTestWorkspace();
  const tenant = { workspaceId: workspace.workspaceId, accountId: workspace.accountId, mode: "test" as const };
  await prisma.portalSettings.create({ data: { workspaceId: workspace.workspaceId, brandName: "Toko Maju" } });
  const session = await createPortalSession(tenant, { customerId: workspace.customerId, returnUrl: "https://toko.example/akun" });
  return { session, token: session.url.split("#t=")[1]! };
}

type Entry = { body?: string; headers?: Record<string, string>; cookieValue?: string; path?: string; clientAddress?: string };

function enter(sessionId: string, entry: Entry = {}): Promise<PortalProxyDecision> {
  const pathname = `/portal/${sessionId}${entry.path ?? ""}`;
  const request = new Request(`${env().portalOrigin}${pathname}`, {
    method: "POST",
    headers: {
      Host: new URL(env().portalOrigin).host,
      Origin: env().portalOrigin,
      "Sec-Fetch-Site": "same-origin",
      "Content-Type": "application/x-www-form-urlencoded",
      "X-Forwarded-For": entry.clientAddress ?? "203.0.113.9",
      ...entry.headers,
    },
    body: entry.body ?? "",
  });
  return decidePortalRequest(request, { pathname, cookieValue: entry.cookieValue, wasSignedOut: false });
}

const form = (token: string) => new URLSearchParams({ portal_token: token }).toString();

function refused(decision: PortalProxyDecision): { status: number; body: string; headers: Record<string, string> } {
  if (decision.kind !== "respond") throw new Error("expected the proxy to answer the entry itself");
  expect(decision.contentType).toBe("text/html; charset=utf-8");
  return decision;
}

describe("the front door's form entry", () => {
  it("exchanges the token and passes the request on with a live cookie for this session only", async () => {
    const { session, token } = await mint();
    const decision = await enter(session.id, { body: form(token) });
    if (decision.kind !== "continue" || !decision.enteredCookie) throw new Error("expected the entry to pass on with a cookie");
    expect(decision.enteredCookie.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: `/portal/${session.id}` });
    const access = await resolvePortalAccess(session.id, decision.enteredCookie.value);
    expect(access).toMatchObject({ state: "signed_in" });
    expect(decision.headers["Content-Security-Policy"]).toContain(`'nonce-${decision.nonce}'`);
  });

  it("sends a fixed, small number of SQL statements", async () => {
    const { session, token } = await mint();
    const before = databaseQueryCount();
    expect((await enter(session.id, { body: form(token) })).kind).toBe("continue");
    // Link and settings, both exchange buckets taken and given back, the token's session, its claim and the browser session.
    expect(databaseQueryCount() - before).toBeLessThanOrEqual(11);
  });

  it("answers a used link and a forged token with the front door's message, no customer data and no script", async () => {
    const { session, token } = await mint();
    await enter(session.id, { body: form(token) });
    const used = refused(await enter(session.id, { body: form(token) }));
    expect(used.status).toBe(403);
    expect(used.body).toContain("This link has already been used.");
    expect(used.body).not.toContain("<script");
    expect(used.body).toContain('<a href="https://toko.example/akun">Back to Toko Maju</a>');
    const other = await mint();
    const forged = refused(await enter(other.session.id, { body: form(`${other.token}x`) }));
    expect(forged.status).toBe(403);
    expect(forged.body).toContain("This link is not valid.");
    const customer = await prisma.customer.findFirstOrThrow({ where: { id: session.customerId } });
    expect(used.body).not.toContain(customer.email ?? "@");
  });

  it("answers an expired link with the 410 page", async () => {
    const { session, token } = await mint();
    advanceClock(16 * 60 * 1000);
    const expired = refused(await enter(session.id, { body: form(token) }));
    expect(expired.status).toBe(410);
    expect(expired.body).toContain("Back to Toko Maju");
  });

  it("refuses another site's form and a cross-site fetch before the token, which stays usable", async () => {
    const { session, token } = await mint();
    const doors: Record<string, string>[] = [
      { Origin: "https://evil.example" },
      { Origin: "" },
      { "Sec-Fetch-Site": "cross-site" },
      { "Sec-Fetch-Site": "same-site" },
    ];
    for (const headers of doors) {
      expect(refused(await enter(session.id, { body: form(token), headers })).status).toBe(403);
    }
    expect((await enter(session.id, { body: form(token) })).kind).toBe("continue");
  });

  it("takes exactly the one field: anything else is 400 and does not burn the token", async () => {
    const { session, token } = await mint();
    // Four of them: the fifth failure would spend the session's last try.
    for (const body of ["portal_token=", `${form(token)}&extra=1`, `token=${token}`, `${form(token)}&${form(token)}`]) {
      expect(refused(await enter(session.id, { body })).status).toBe(400);
    }
    expect((await enter(session.id, { body: form(token) })).kind).toBe("continue");
    const other = await mint();
    for (const body of ["", form("x".repeat(4097)), `${form(other.token)}&pad=${"x".repeat(10_000)}`]) {
      expect(refused(await enter(other.session.id, { body })).status).toBe(400);
    }
    expect((await enter(other.session.id, { body: form(other.token) })).kind).toBe("continue");
  });

  it("counts failures: the sixth try on a session is 429 with Retry-After", async () => {
    const { session, token } = await mint();
    for (let attempt = 0; attempt < 5; attempt += 1) expect(refused(await enter(session.id, { body: form(`${token}x`) })).status).toBe(403);
    const limited = refused(await enter(session.id, { body: form(token) }));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers["Retry-After"])).toBeGreaterThan(0);
    expect(limited.body).toContain("Too many sign-in attempts");
  });

  it("leaves a browser that holds the session's cookie, a page under the session, a server action and other bodies to the App Router", async () => {
    const { session, token } = await mint();
    const passedOnUnused = (decision: PortalProxyDecision) => expect(decision.kind === "continue" && decision.enteredCookie === undefined).toBe(true);
    // A reload that posts the entry again, from the browser that entered: the page, not a refusal.
    passedOnUnused(await enter(session.id, { body: form(token), cookieValue: "its-cookie" }));
    passedOnUnused(await enter(session.id, { body: form(token), path: "/invoices" }));
    passedOnUnused(await enter(session.id, { body: form(token), headers: { "Content-Type": "text/plain" } }));
    passedOnUnused(await enter("ps_01HXAB7K3M9N2P5QRS8TVWXY3Z", { body: form(token) }));
    // None of those used the link.
    expect((await prisma.portalSession.findUniqueOrThrow({ where: { id: session.id } })).exchangedAt).toBeNull();
  });
});
