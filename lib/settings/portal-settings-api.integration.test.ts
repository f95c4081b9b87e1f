// GET/PATCH /v1/portal-settings and custom-domain verification (with a fake DNS resolver).
import { afterEach, describe, expect, it } from "vitest";
import { prisma } from "../db";
import { callApi } from "../testing/api-client";
import { addKey, createTestWorkspace } from "../testing/fixtures";
import { useTxtResolver } from "./dns-txt-resolver";

afterEach(() => useTxtResolver(null));

describe("portal settings API", () => {
  it("starts with every capability on and the workspace name as brand", async () => {
    const workspace = await createTestWorkspace({ name: "Initech" });
    const result = await callApi({ key: workspace.key, path: "/v1/portal-settings" });
    expect(result.json.data).toMatchObject({
      cancelSubscription: true,
      updatePaymentMethod: true,
      viewInvoices: true,
      changePlan: true,
      brandName: "Initech",
      accentColor: null,
      logoUrl: null,
      allowedPlanIds: null,
      customDomain: null,
      customDomainStatus: "none",
    });
  });

  it("updates toggles and branding, which apply to portal sessions minted afterwards", async () => {
    const workspace = await createTestWorkspace();
    const result = await callApi({
      key: workspace.key,
      method: "PATCH",
      path: "/v1/portal-settings",
      body: { changePlan: false, viewInvoices: false, brandName: "Initrode", accentColor: "#0F766E", logoUrl: "https://cdn.example.com/logo.png" },
    });
    expect(result.json.data).toMatchObject({ changePlan: false, viewInvoices: false, cancelSubscription: true, brandName: "Initrode", accentColor: "#0f766e" });
    const minted = await callApi({
      key: workspace.key,
      path: "/v1/portal-sessions",
      body: { customerId: workspace.customerId, returnUrl: "https://example.com" },
    });
    const stored = await prisma.portalSession.findUniqueOrThrow({ where: { id: (minted.json.data as { id: string }).id } });
    expect(JSON.parse(stored.capabilities)).toMatchObject({ changePlan: false, viewInvoices: false });
  });

  it("refuses bad values with the field named", async () => {
    const workspace = await createTestWorkspace();
    for (const [body, field] of [
      [{ accentColor: "red" }, "accentColor"],
      [{ logoUrl: "http://insecure.example.com/logo.png" }, "logoUrl"],
      [{ customDomain: "not a domain" }, "customDomain"],
      [{ changePlan: "no" }, "changePlan"],
      [{ theme: "dark" }, "theme"],
    ] as const) {
      const result = await callApi({ key: workspace.key, method: "PATCH", path: "/v1/portal-settings", body });
      expect(result.status).toBe(400);
      expect(result.json.error?.field).toBe(field);
    }
    const foreignPlan = await callApi({
      key: workspace.key,
      method: "PATCH",
      path: "/v1/portal-settings",
      body: { allowedPlanIds: ["plan_01HXAB7K3M9N2P5QRS8TVWXY3Z"] },
    });
    expect(foreignPlan.status).toBe(404);
  });

  it("verifies a custom domain through its TXT record, and only then uses it in portal URLs", async () => {
    const workspace = await createTestWorkspace();
    const domain = `billing-${workspace.workspaceId.slice(-8).toLowerCase()}.example.com`;
    const set = await callApi({ key: workspace.key, method: "PATCH", path: "/v1/portal-settings", body: { customDomain: domain.toUpperCase() } });
    const verification = (set.json.data as { customDomainVerification: { name: string; value: string } }).customDomainVerification;
    expect(set.json.data).toMatchObject({ customDomain: domain, customDomainStatus: "pending" });
    expect(verification.name).toBe(`_plugipay.${domain}`);

    useTxtResolver(async () => ["unrelated"]);
    const early = await callApi({ key: workspace.key, path: "/v1/portal-settings/custom-domain/verify", body: {} });
    expect(early.status).toBe(409);
    const before = await callApi({
      key: workspace.key,
      path: "/v1/portal-sessions",
      body: { customerId: workspace.customerId, returnUrl: "https://example.com" },
    });
    expect((before.json.data as { url: string }).url.startsWith("https://portal.test/")).toBe(true);

    useTxtResolver(async (hostname) => (hostname === verification.name ? [verification.value] : []));
    const verified = await callApi({ key: workspace.key, path: "/v1/portal-settings/custom-domain/verify", body: {} });
    expect(verified.json.data).toMatchObject({ customDomainStatus: "verified" });
    const after = await callApi({
      key: workspace.key,
      path: "/v1/portal-sessions",
      body: { customerId: workspace.customerId, returnUrl: "https://example.com" },
    });
    expect((after.json.data as { url: string }).url.startsWith(`https://${domain}/portal/ps_`)).toBe(true);

    const other = await createTestWorkspace();
    const taken = await callApi({ key: other.key, method: "PATCH", path: "/v1/portal-settings", body: { customDomain: domain } });
    expect(taken.status).toBe(409);
  });

  it("needs plugipay:portal:read and :write", async () => {
    const workspace = await createTestWorkspace();
    const minting = await addKey(workspace, { scopes: ["plugipay:portal:create"] });
    expect((await callApi({ key: minting, path: "/v1/portal-settings" })).status).toBe(403);
    const reader = await addKey(workspace, { scopes: ["plugipay:portal:read"] });
    expect((await callApi({ key: reader, path: "/v1/portal-settings" })).status).toBe(200);
    expect((await callApi({ key: reader, method: "PATCH", path: "/v1/portal-settings", body: { changePlan: false } })).status).toBe(403);
  });
});
