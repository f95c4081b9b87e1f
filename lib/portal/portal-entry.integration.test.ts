// The token exchange and cookie sessions against a real database.
import { afterEach, describe, expect, it } from "vitest";
import { prisma } from "../db";
import { advanceClock, resetClock } from "../clock";
import { createPortalSession } from "../portal-sessions/create-portal-session";
import { createTestWorkspace } from "../testing/fixtures";
import { exchangePortalToken } from "./exchange-portal-token";
import { resolvePortalAccess } from "./portal-access";
import { revokeBrowserSession } from "./browser-sessions";

afterEach(() => resetClock());

async function mint() {
  const workspace = await createTestWorkspace();
  const tenant = { workspaceId: workspace.workspaceId, accountId: workspace.accountId, mode: "test" as const };
  const session = await createPortalSession(tenant, { customerId: workspace.customerId, returnUrl: "https://app.example.com" });
  return { workspace, session, token: session.url.split("#t=")[1]! };
}

describe("portal token exchange", () => {
  it("exchanges once, and refuses the second exchange", async () => {
    const { session, token } = await mint();
    const first = await exchangePortalToken(session.id, token);
    expect(first.ok).toBe(true);
    expect(await exchangePortalToken(session.id, token)).toEqual({ ok: false, reason: "used" });
    expect(await prisma.portalBrowserSession.count({ where: { portalSessionId: session.id } })).toBe(1);
  });

  it("refuses a token of another session, a forged token and an expired one", async () => {
    const { session, token } = await mint();
    const other = await mint();
    expect(await exchangePortalToken(session.id, other.token)).toEqual({ ok: false, reason: "invalid" });
    expect(await exchangePortalToken(session.id, `${token}x`)).toEqual({ ok: false, reason: "invalid" });
    advanceClock(15 * 60 * 1000);
    expect(await exchangePortalToken(session.id, token)).toEqual({ ok: false, reason: "expired" });
  });

  it("lets exactly one of two simultaneous exchanges win", async () => {
    const { session, token } = await mint();
    const outcomes = await Promise.all([exchangePortalToken(session.id, token), exchangePortalToken(session.id, token)]);
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
  });
});

describe("portal access", () => {
  it("binds the cookie to its own portal session and customer", async () => {
    const { workspace, session, token } = await mint();
    const exchange = await exchangePortalToken(session.id, token);
    if (!exchange.ok) throw new Error("exchange failed");
    const access = await resolvePortalAccess(session.id, exchange.cookieValue);
    expect(access.state).toBe("signed_in");
    if (access.state === "signed_in") expect(access.context.customerId).toBe(workspace.customerId);
    const other = await mint();
    expect((await resolvePortalAccess(other.session.id, exchange.cookieValue)).state).toBe("signed_out");
    expect((await resolvePortalAccess(session.id, "forged-cookie")).state).toBe("signed_out");
    expect((await resolvePortalAccess("ps_01HXAB7K3M9N2P5QRS8TVWXY3Z", exchange.cookieValue)).state).toBe("unknown");
    expect((await resolvePortalAccess("../../etc", undefined)).state).toBe("unknown");
  });

  it("ends after 30 idle minutes, is extended by use, and ends after 4 hours regardless", async () => {
    const { session, token } = await mint();
    const exchange = await exchangePortalToken(session.id, token);
    if (!exchange.ok) throw new Error("exchange failed");
    for (let i = 0; i < 7; i++) {
      advanceClock(29 * 60 * 1000);
      expect((await resolvePortalAccess(session.id, exchange.cookieValue)).state).toBe("signed_in");
    }
    advanceClock(29 * 60 * 1000);
    expect((await resolvePortalAccess(session.id, exchange.cookieValue)).state).toBe("signed_in");
    advanceClock(29 * 60 * 1000);
    const expired = await resolvePortalAccess(session.id, exchange.cookieValue);
    expect(expired).toMatchObject({ state: "signed_out", isExpired: true });
  });

  it("idles out after 30 minutes without use", async () => {
    const { session, token } = await mint();
    const exchange = await exchangePortalToken(session.id, token);
    if (!exchange.ok) throw new Error("exchange failed");
    advanceClock(31 * 60 * 1000);
    expect((await resolvePortalAccess(session.id, exchange.cookieValue)).state).toBe("signed_out");
  });

  it("ends at sign out", async () => {
    const { session, token } = await mint();
    const exchange = await exchangePortalToken(session.id, token);
    if (!exchange.ok) throw new Error("exchange failed");
    await revokeBrowserSession(session.id, exchange.cookieValue);
    expect((await resolvePortalAccess(session.id, exchange.cookieValue)).state).toBe("signed_out");
  });
});
