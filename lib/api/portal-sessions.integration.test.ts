// POST /v1/portal-sessions through the real API wrapper against a real SQLite database.
import { afterEach, describe, expect, it } from "vitest";
import { prisma } from "../db";
import { advanceClock, resetClock } from "../clock";
import { hashPortalToken, verifyPortalToken } from "../portal/portal-token";
import { callApi } from "../testing/api-client";
import { addKey, createTestCustomer, createTestWorkspace } from "../testing/fixtures";

const RETURN_URL = "https://app.acme.com/account";
const SESSION_KEYS = ["accountId", "arn", "createdAt", "customerId", "expiresAt", "id", "returnUrl", "url"];

afterEach(() => resetClock());

describe("POST /v1/portal-sessions", () => {
  it("returns the seed page's portal session object", async () => {
    const workspace = await createTestWorkspace();
    const result = await callApi({ key: workspace.key, path: "/v1/portal-sessions", body: { customerId: workspace.customerId, returnUrl: RETURN_URL } });

    expect(result.status).toBe(201);
    expect(result.json.error).toBeNull();
    const session = result.json.data as Record<string, string>;
    expect(Object.keys(session).sort()).toEqual(SESSION_KEYS);
    expect(session.id).toMatch(/^ps_[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(session.arn).toBe(`arn:plugipay:${workspace.accountId}:portal-session/${session.id}`);
    expect(session.accountId).toBe(workspace.accountId);
    expect(session.customerId).toBe(workspace.customerId);
    expect(session.returnUrl).toBe(RETURN_URL);
    expect(session.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(Date.parse(session.expiresAt!) - Date.parse(session.createdAt!)).toBe(15 * 60 * 1000);
    expect(session.url).toMatch(new RegExp(`^https://portal\\.test/portal/${session.id}#t=[\\w-]+\\.[\\w-]+\\.[\\w-]+$`));
    expect(result.headers.get("X-Request-Id")).toBe(result.json.meta.requestId);
    expect(result.json.meta.requestId).toMatch(/^req_[0-9A-HJKMNP-TV-Z]{26}$/);
  });

  it("stores only the token's hash", async () => {
    const workspace = await createTestWorkspace();
    const result = await callApi({ key: workspace.key, path: "/v1/portal-sessions", body: { customerId: workspace.customerId, returnUrl: RETURN_URL } });
    const session = result.json.data as Record<string, string>;
    const token = session.url!.split("#t=")[1]!;
    const stored = await prisma.portalSession.findUniqueOrThrow({ where: { id: session.id } });
    expect(stored.tokenHash).toBe(hashPortalToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(await verifyPortalToken(token, session.id!)).toBe(true);
  });

  it("answers under the SDKs' /api/v1 prefix too, signed over that path", async () => {
    const workspace = await createTestWorkspace();
    const result = await callApi({ key: workspace.key, path: "/api/v1/portal-sessions", body: { customerId: workspace.customerId, returnUrl: RETURN_URL } });
    expect(result.status).toBe(201);
  });

  it("uses the workspace's verified custom domain for the URL, and not an unverified one", async () => {
    const workspace = await createTestWorkspace();
    const domain = `billing-${workspace.workspaceId.toLowerCase()}.example.com`;
    await prisma.portalSettings.create({ data: { workspaceId: workspace.workspaceId, customDomain: domain } });
    const body = { customerId: workspace.customerId, returnUrl: RETURN_URL };
    const unverified = await callApi({ key: workspace.key, path: "/v1/portal-sessions", body });
    expect((unverified.json.data as { url: string }).url).toMatch(/^https:\/\/portal\.test\/portal\//);
    await prisma.portalSettings.update({ where: { workspaceId: workspace.workspaceId }, data: { customDomainVerifiedAt: new Date() } });
    const verified = await callApi({ key: workspace.key, path: "/v1/portal-sessions", body });
    expect((verified.json.data as { url: string }).url.startsWith(`https://${domain}/portal/ps_`)).toBe(true);
  });

  it("captures the workspace's portal toggles at mint time", async () => {
    const workspace = await createTestWorkspace();
    await prisma.portalSettings.create({ data: { workspaceId: workspace.workspaceId, changePlan: false } });
    const result = await callApi({ key: workspace.key, path: "/v1/portal-sessions", body: { customerId: workspace.customerId, returnUrl: RETURN_URL } });
    const stored = await prisma.portalSession.findUniqueOrThrow({ where: { id: (result.json.data as { id: string }).id } });
    expect(JSON.parse(stored.capabilities)).toEqual({
      cancelSubscription: true,
      updatePaymentMethod: true,
      viewInvoices: true,
      changePlan: false,
      updateBillingDetails: true,
    });
  });

  it("mints a distinct URL every time", async () => {
    const workspace = await createTestWorkspace();
    const body = { customerId: workspace.customerId, returnUrl: RETURN_URL };
    const first = await callApi({ key: workspace.key, path: "/v1/portal-sessions", body });
    const second = await callApi({ key: workspace.key, path: "/v1/portal-sessions", body });
    expect((first.json.data as { url: string }).url).not.toBe((second.json.data as { url: string }).url);
  });
});

describe("POST /v1/portal-sessions errors (the seed's table)", () => {
  it.each([
    [{ customerId: "cus_1", returnUrl: "http://app.acme.com" }, "returnUrl"],
    [{ customerId: "cus_1", returnUrl: RETURN_URL, flow: "cancel" }, "flow"],
    [{ returnUrl: RETURN_URL }, "customerId"],
    [{ customerId: ["cus_1"], returnUrl: RETURN_URL }, "customerId"],
  ])("400 VALIDATION_ERROR for %j", async (body, field) => {
    const workspace = await createTestWorkspace();
    const result = await callApi({ key: workspace.key, path: "/v1/portal-sessions", body });
    expect(result.status).toBe(400);
    expect(result.json.error).toMatchObject({ code: "VALIDATION_ERROR", field });
    expect(result.json.data).toBeNull();
  });

  it("400 VALIDATION_ERROR for a body that is not JSON", async () => {
    const workspace = await createTestWorkspace();
    const result = await callApi({ key: workspace.key, path: "/v1/portal-sessions", rawBody: "customerId=cus_1" });
    expect(result.status).toBe(400);
    expect(result.json.error?.code).toBe("VALIDATION_ERROR");
  });

  it("404 not_found for an unknown customer, another workspace's customer, or another mode's", async () => {
    const workspace = await createTestWorkspace();
    const other = await createTestWorkspace();
    const liveCustomer = await createTestCustomer(workspace.workspaceId, "live");
    for (const customerId of ["cus_01HXAB7K3M9N2P5QRS8TVWXY3Z", other.customerId, liveCustomer]) {
      const result = await callApi({ key: workspace.key, path: "/v1/portal-sessions", body: { customerId, returnUrl: RETURN_URL } });
      expect(result.status).toBe(404);
      expect(result.json.error?.code).toBe("not_found");
    }
    const liveKey = await addKey(workspace, { mode: "live" });
    const live = await callApi({ key: liveKey, path: "/v1/portal-sessions", body: { customerId: liveCustomer, returnUrl: RETURN_URL } });
    expect(live.status).toBe(201);
  });

  it("the same 404 message whether the customer is foreign or missing", async () => {
    const workspace = await createTestWorkspace();
    const other = await createTestWorkspace();
    const foreign = await callApi({ key: workspace.key, path: "/v1/portal-sessions", body: { customerId: other.customerId, returnUrl: RETURN_URL } });
    expect(foreign.json.error?.message).toBe(`No such customer: '${other.customerId}'`);
  });

  it("403 insufficient_scope without plugipay:portal:create; resource wildcard suffices", async () => {
    const workspace = await createTestWorkspace();
    const readOnly = await addKey(workspace, { scopes: ["plugipay:customers:read", "plugipay:portal:read"] });
    const body = { customerId: workspace.customerId, returnUrl: RETURN_URL };
    const refused = await callApi({ key: readOnly, path: "/v1/portal-sessions", body });
    expect(refused.status).toBe(403);
    expect(refused.json.error?.code).toBe("insufficient_scope");
    const wildcard = await addKey(workspace, { scopes: ["plugipay:portal:*"] });
    expect((await callApi({ key: wildcard, path: "/v1/portal-sessions", body })).status).toBe(201);
  });

  it("405 with the envelope for GET, and 404 for unknown routes", async () => {
    const workspace = await createTestWorkspace();
    const list = await callApi({ key: workspace.key, path: "/v1/portal-sessions" });
    expect(list.status).toBe(405);
    expect(list.json.error?.code).toBe("method_not_allowed");
    const unknown = await callApi({ key: workspace.key, path: "/v1/portal-sessions/ps_01HXAB7K3M9N2P5QRS8TVWXY3Z", method: "DELETE" });
    expect(unknown.status).toBe(404);
  });

  it("never writes a half-made session when the customer is refused", async () => {
    const workspace = await createTestWorkspace();
    const before = await prisma.portalSession.count({ where: { workspaceId: workspace.workspaceId } });
    await callApi({ key: workspace.key, path: "/v1/portal-sessions", body: { customerId: "cus_01HXAB7K3M9N2P5QRS8TVWXY3Z", returnUrl: RETURN_URL } });
    expect(await prisma.portalSession.count({ where: { workspaceId: workspace.workspaceId } })).toBe(before);
  });

  it("keeps working after the clock moves (expiry is relative to creation)", async () => {
    const workspace = await createTestWorkspace();
    advanceClock(3 * 60 * 60 * 1000);
    const result = await callApi({ key: workspace.key, path: "/v1/portal-sessions", body: { customerId: workspace.customerId, returnUrl: RETURN_URL } });
    expect(result.status).toBe(201);
  });
});
