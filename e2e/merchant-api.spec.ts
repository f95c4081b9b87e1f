// The seed data of contract §9 and POST /v1/portal-sessions over real HTTP against the production build.
import { execFileSync } from "node:child_process";
import { expect, signedCall, test } from "./fixtures";
import { E2E_ENV, E2E_ORIGIN } from "./e2e-env";

const RETURN_URL = "https://app.acme.com/account";

test.describe("npm run db:seed -- --json", () => {
  test("prints the contract's workspaces, keys and customers", async ({ seed }) => {
    expect(seed.portalOrigin).toBe(E2E_ORIGIN);
    const [a, b, platform] = seed.workspaces;
    expect(seed.workspaces.map((workspace) => workspace.platform)).toEqual([false, false, true]);
    for (const workspace of seed.workspaces) {
      expect(workspace.accountId).toMatch(/^acc_[0-9A-HJKMNP-TV-Z]{26}$/);
      expect(workspace.workspaceId).toMatch(/^ws_[0-9A-HJKMNP-TV-Z]{26}$/);
      for (const key of workspace.keys) {
        expect(key.keyId).toMatch(/^pk_test_/);
        expect(key.secret).toMatch(/^sk_test_.{24,}$/);
        expect(Array.isArray(key.scopes)).toBe(true);
      }
    }
    expect(a!.keys.some((key) => key.scopes.includes("*"))).toBe(true);
    expect(a!.keys.some((key) => !key.scopes.includes("*") && !key.scopes.includes("plugipay:portal:create"))).toBe(true);
    expect(a!.customers).toHaveLength(3);
    expect(b!.customers).toHaveLength(1);
    expect(b!.keys[0]!.scopes).toEqual(["*"]);
    expect(platform!.keys[0]!.scopes).toEqual(["*"]);
  });
});

test.describe("POST /v1/portal-sessions over HTTP", () => {
  test("mints a portal URL with the full-access key", async ({ request, seed }) => {
    const a = seed.workspaces[0]!;
    const result = await signedCall(request, {
      key: a.keys[0]!,
      path: "/v1/portal-sessions",
      body: { customerId: a.customers[0]!.id, returnUrl: RETURN_URL },
    });
    expect(result.status).toBe(201);
    expect(result.json.data.url).toMatch(new RegExp(`^${E2E_ORIGIN}/portal/ps_[0-9A-HJKMNP-TV-Z]{26}#t=`));
    expect(result.headers["x-request-id"]).toBe(result.json.meta.requestId);
    expect(result.headers["x-ratelimit-limit"]).toBe("20");
  });

  test("refuses the key without plugipay:portal:create", async ({ request, seed }) => {
    const a = seed.workspaces[0]!;
    const readOnly = a.keys.find((key) => !key.scopes.includes("*"))!;
    const result = await signedCall(request, {
      key: readOnly,
      path: "/v1/portal-sessions",
      body: { customerId: a.customers[0]!.id, returnUrl: RETURN_URL },
    });
    expect(result.status).toBe(403);
    expect(result.json.error.code).toBe("insufficient_scope");
  });

  test("hides workspace A's customers from workspace B", async ({ request, seed }) => {
    const [a, b] = seed.workspaces;
    const result = await signedCall(request, {
      key: b!.keys[0]!,
      path: "/v1/portal-sessions",
      body: { customerId: a!.customers[0]!.id, returnUrl: RETURN_URL },
    });
    expect(result.status).toBe(404);
    expect(result.json.error.code).toBe("not_found");
  });

  test("lets the platform act for B but not for A", async ({ request, seed }) => {
    const [a, b, platform] = seed.workspaces;
    const forB = await signedCall(request, {
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

  test("verifies the signature over the raw query string the server received", async ({ request, seed }) => {
    const a = seed.workspaces[0]!;
    const result = await signedCall(request, {
      key: a.keys[0]!,
      path: "/v1/portal-sessions?source=e2e&note=a%20b&z=1",
      body: { customerId: a.customers[1]!.id, returnUrl: RETURN_URL },
    });
    expect(result.status).toBe(201);
  });

  test("replays an idempotent retry over HTTP", async ({ request, seed }) => {
    const a = seed.workspaces[0]!;
    const call = { key: a.keys[0]!, path: "/v1/portal-sessions", idempotencyKey: `idem_e2e_${Date.now()}`, body: { customerId: a.customers[2]!.id, returnUrl: RETURN_URL } };
    const first = await signedCall(request, call);
    const second = await signedCall(request, call);
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

test("scripts/plugipay-curl.sh signs a request the server accepts", async ({ seed }) => {
  const a = seed.workspaces[0]!;
  const output = execFileSync(
    "bash",
    ["scripts/plugipay-curl.sh", "POST", "/v1/portal-sessions", JSON.stringify({ customerId: a.customers[0]!.id, returnUrl: RETURN_URL })],
    {
      env: {
        ...process.env,
        ...E2E_ENV,
        PLUGIPAY_BASE_URL: E2E_ORIGIN,
        PLUGIPAY_KEY_ID: a.keys[0]!.keyId,
        PLUGIPAY_KEY_SECRET: a.keys[0]!.secret,
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
