// POST /v1/portal-sessions over real HTTP, signed (docs/api.md §2, §7).
import { execFileSync } from "node:child_process";
import { expect, signedCall, test, LOCAL_ONLY, RETURN_URL, resolveE2eTarget } from "./fixtures";

const { baseUrl, portalOrigin } = resolveE2eTarget();
const PORTAL_URL = new RegExp(`^${portalOrigin}/portal/ps_[0-9A-HJKMNP-TV-Z]{26}#t=`);

type PortalSessionData = { id: string; url: string; accountId: string };

test.describe("POST /v1/portal-sessions over HTTP", () => {
  test("mints a portal URL with the full-access key", async ({ request, merchant, merchantKey }) => {
    const customer = await merchant.customer();
    const result = await signedCall<PortalSessionData>(request, {
      key: merchantKey,
      path: "/v1/portal-sessions",
      body: { customerId: customer.id, returnUrl: RETURN_URL },
    });
    expect(result.status).toBe(201);
    expect(result.json.data.url).toMatch(PORTAL_URL);
    expect(result.headers["x-request-id"]).toBe(result.json.meta.requestId);
    expect(result.headers["x-ratelimit-limit"]).toBe("20");
  });

  test("verifies the signature over the raw query string the server received", async ({ request, merchant, merchantKey }) => {
    const customer = await merchant.customer("Grace Hopper");
    const result = await signedCall(request, {
      key: merchantKey,
      path: "/v1/portal-sessions?source=e2e&note=a%20b&z=1",
      body: { customerId: customer.id, returnUrl: RETURN_URL },
    });
    expect(result.status).toBe(201);
  });

  test("replays an idempotent retry over HTTP", async ({ request, merchant, merchantKey }) => {
    const customer = await merchant.customer("Alan Turing");
    const call = {
      key: merchantKey,
      path: "/v1/portal-sessions",
      idempotencyKey: `idem_e2e_${Date.now()}`,
      body: { customerId: customer.id, returnUrl: RETURN_URL },
    };
    const first = await signedCall<PortalSessionData>(request, call);
    const second = await signedCall<PortalSessionData>(request, call);
    expect(second.status).toBe(201);
    expect(second.headers["idempotent-replayed"]).toBe("true");
    expect(second.json.data.id).toBe(first.json.data.id);
  });

  test("answers 401 in the envelope to an unsigned request", async ({ request }) => {
    const response = await request.post("/v1/portal-sessions", { data: { customerId: "cus_x", returnUrl: RETURN_URL } });
    expect(response.status()).toBe(401);
    const json = await response.json();
    expect(json).toMatchObject({ data: null, error: { code: "invalid_key" } });
    expect(json.meta.requestId).toMatch(/^req_/);
  });
});

// Local only: these need the seed's other keys (read-only, workspace B, platform); no API creates keys.
test.describe("scopes, tenants and platforms", { tag: LOCAL_ONLY }, () => {
  test("refuses the key without plugipay:portal:create", async ({ request, seed }) => {
    const a = seed.workspaces[0]!;
    const readOnly = a.keys.find((key) => !key.scopes.includes("*"))!;
    const result = await signedCall(request, { key: readOnly, path: "/v1/portal-sessions", body: { customerId: a.customers[0]!.id, returnUrl: RETURN_URL } });
    expect(result.status).toBe(403);
    expect(result.json.error?.code).toBe("insufficient_scope");
  });

  test("hides workspace A's customers from workspace B", async ({ request, seed }) => {
    const [a, b] = seed.workspaces;
    const result = await signedCall(request, {
      key: b!.keys[0]!,
      path: "/v1/portal-sessions",
      body: { customerId: a!.customers[0]!.id, returnUrl: RETURN_URL },
    });
    expect(result.status).toBe(404);
    expect(result.json.error?.code).toBe("not_found");
  });

  test("lets the platform act for B but not for A", async ({ request, seed }) => {
    const [a, b, platform] = seed.workspaces;
    const forB = await signedCall<PortalSessionData>(request, {
      key: platform!.keys[0]!,
      path: "/api/v1/portal-sessions",
      onBehalfOf: b!.accountId,
      body: { customerId: b!.customers[0]!.id, returnUrl: RETURN_URL },
    });
    expect(forB.status).toBe(201);
    expect(forB.json.data.accountId).toBe(b!.accountId);
    const forA = await signedCall(request, {
      key: platform!.keys[0]!,
      path: "/api/v1/portal-sessions",
      onBehalfOf: a!.accountId,
      body: { customerId: a!.customers[0]!.id, returnUrl: RETURN_URL },
    });
    expect(forA.status).toBe(404);
  });
});

test("scripts/plugipay-curl.sh signs a request the server accepts", async ({ merchant, merchantKey }) => {
  const customer = await merchant.customer();
  const output = execFileSync(
    "bash",
    ["scripts/plugipay-curl.sh", "POST", "/v1/portal-sessions", JSON.stringify({ customerId: customer.id, returnUrl: RETURN_URL })],
    {
      env: {
        ...process.env,
        PLUGIPAY_BASE_URL: baseUrl,
        PLUGIPAY_KEY_ID: merchantKey.keyId,
        PLUGIPAY_KEY_SECRET: merchantKey.secret,
        PLUGIPAY_IDEMPOTENCY_KEY: `idem_curl_${Date.now()}`,
      },
      encoding: "utf8",
    },
  );
  const json = JSON.parse(output) as { data: { url: string } };
  expect(json.data.url).toContain("/portal/ps_");
});

test("serves the OpenAPI 3.1 document under both prefixes", async ({ request }) => {
  for (const path of ["/v1/openapi.json", "/api/v1/openapi.json"]) {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    const document = await response.json();
    expect(document.openapi).toBe("3.1.0");
    expect(document.paths["/portal-sessions"].post.operationId).toBe("postPortalSessions");
  }
});
