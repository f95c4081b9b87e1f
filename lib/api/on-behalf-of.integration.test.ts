// X-Plugipay-On-Behalf-Of (docs/api.md §3).
import { describe, expect, it } from "vitest";
import { callApi } from "../testing/api-client";
import { connect, createTestWorkspace } from "../testing/fixtures";

const RETURN_URL = "https://app.acme.com/account";

describe("on behalf of a connected account", () => {
  it("lets a platform key act for a connected account, as that account", async () => {
    const platform = await createTestWorkspace({ isPlatform: true });
    const merchant = await createTestWorkspace();
    await connect(platform, merchant);
    const result = await callApi({
      key: platform.key,
      path: "/v1/portal-sessions",
      onBehalfOf: merchant.accountId,
      body: { customerId: merchant.customerId, returnUrl: RETURN_URL },
    });
    expect(result.status).toBe(201);
    const session = result.json.data as { accountId: string; arn: string };
    expect(session.accountId).toBe(merchant.accountId);
    expect(session.arn.startsWith(`arn:plugipay:${merchant.accountId}:portal-session/`)).toBe(true);
  });

  it("404 for an account that is not connected, and the platform's own customers stay out of reach", async () => {
    const platform = await createTestWorkspace({ isPlatform: true });
    const stranger = await createTestWorkspace();
    const result = await callApi({
      key: platform.key,
      path: "/v1/portal-sessions",
      onBehalfOf: stranger.accountId,
      body: { customerId: stranger.customerId, returnUrl: RETURN_URL },
    });
    expect(result.status).toBe(404);
    expect(result.json.error?.code).toBe("not_found");

    const merchant = await createTestWorkspace();
    await connect(platform, merchant);
    const crossed = await callApi({
      key: platform.key,
      path: "/v1/portal-sessions",
      onBehalfOf: merchant.accountId,
      body: { customerId: platform.customerId, returnUrl: RETURN_URL },
    });
    expect(crossed.status).toBe(404);
  });

  it("403 insufficient_scope when a non-platform key sends the header", async () => {
    const merchant = await createTestWorkspace();
    const other = await createTestWorkspace();
    for (const onBehalfOf of [other.accountId, merchant.accountId]) {
      const result = await callApi({
        key: merchant.key,
        path: "/v1/portal-sessions",
        onBehalfOf,
        body: { customerId: merchant.customerId, returnUrl: RETURN_URL },
      });
      expect(result.status).toBe(403);
      expect(result.json.error?.code).toBe("insufficient_scope");
    }
  });
});
