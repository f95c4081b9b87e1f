// The customers API (docs/api.md §10): create, list, retrieve, scopes, through the real wrapper.
import { describe, expect, it } from "vitest";
import { databaseQueryCount, prisma } from "../db";
import { newId } from "../ids";
import { callApi } from "../testing/api-client";
import { addKey, createTestWorkspace } from "../testing/fixtures";
import { CUSTOMER_ID, ISO_MS, createCustomerByApi, createdCustomer, customerEventsOf, customerOf, type CustomerData } from "./customers-api-test-helpers";

describe("POST /v1/customers", () => {
  it("201 with the customer in its API shape, and appends customer.created", async () => {
    const workspace = await createTestWorkspace();
    const body = {
      email: "ada@example.com",
      name: "Ada Lovelace",
      phone: "+44 20 7946 0000",
      externalId: "user_42",
      taxId: "GB123456789",
      metadata: { plan: "gold", source: "import" },
    };
    const result = await createCustomerByApi(workspace, body);
    expect(result.status).toBe(201);
    expect(result.json.error).toBeNull();
    const customer = customerOf(result);
    expect(customer).toEqual({
      id: expect.stringMatching(CUSTOMER_ID),
      arn: `arn:plugipay:${workspace.accountId}:customer/${customer.id}`,
      accountId: workspace.accountId,
      ...body,
      address: null,
      defaultPaymentTokenId: null,
      creditBalance: { amount: 0, currency: null },
      createdAt: expect.stringMatching(ISO_MS),
      updatedAt: customer.createdAt,
    });
    const events = await customerEventsOf(workspace.workspaceId);
    expect(events).toEqual([{ type: "customer.created", mode: "test", data: { aggregateType: "customer", aggregateId: customer.id, object: customer } }]);
  });

  it("accepts an empty body: every field is null", async () => {
    const workspace = await createTestWorkspace();
    const result = await callApi({ key: workspace.key, method: "POST", path: "/api/v1/customers", body: {} });
    expect(result.status).toBe(201);
    expect(customerOf(result)).toMatchObject({ email: null, name: null, phone: null, externalId: null, taxId: null, address: null, metadata: null });
  });

  it.each([
    ["an unknown field", { name: "Ada", nickname: "ada" }, "nickname"],
    ["a wrong type", { name: 42 }, "name"],
    ["a bad email", { email: "not-an-email" }, "email"],
    ["a non-string metadata value", { metadata: { tier: 3 } }, "metadata.tier"],
    ["metadata that is not an object", { metadata: ["a"] }, "metadata"],
    ["more than 50 metadata keys", { metadata: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, "v"])) }, "metadata"],
    ["an empty externalId", { externalId: "" }, "externalId"],
  ])("400 VALIDATION_ERROR for %s", async (_, body, field) => {
    const workspace = await createTestWorkspace();
    const result = await createCustomerByApi(workspace, body);
    expect(result.status).toBe(400);
    expect(result.json.error).toMatchObject({ code: "VALIDATION_ERROR", field });
    expect(await prisma.customer.count({ where: { workspaceId: workspace.workspaceId } })).toBe(1);
  });

  it("400 VALIDATION_ERROR for a body that is not JSON", async () => {
    const workspace = await createTestWorkspace();
    const result = await callApi({ key: workspace.key, path: "/v1/customers", rawBody: "{name:" });
    expect(result.status).toBe(400);
    expect(result.json.error?.code).toBe("VALIDATION_ERROR");
  });

  it("409 conflict for an externalId already used in the workspace and mode, but not in the other mode", async () => {
    const workspace = await createTestWorkspace();
    expect((await createCustomerByApi(workspace, { externalId: "user_1" })).status).toBe(201);
    const duplicate = await createCustomerByApi(workspace, { externalId: "user_1", name: "Other" });
    expect(duplicate.status).toBe(409);
    expect(duplicate.json.error).toMatchObject({ code: "conflict", field: "externalId" });
    const liveKey = await addKey(workspace, { mode: "live" });
    const live = await callApi({ key: liveKey, path: "/v1/customers", body: { externalId: "user_1" } });
    expect(live.status).toBe(201);
    const other = await createTestWorkspace();
    expect((await createCustomerByApi(other, { externalId: "user_1" })).status).toBe(201);
    expect((await customerEventsOf(workspace.workspaceId)).map((event) => event.type)).toEqual(["customer.created", "customer.created"]);
  });

  it("replays a create sent again with the same Idempotency-Key without creating twice", async () => {
    const workspace = await createTestWorkspace();
    const call = { key: workspace.key, path: "/v1/customers", idempotencyKey: "idem_customer_1", body: { email: "ada@example.com" } };
    const first = await callApi(call);
    const second = await callApi(call);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.headers.get("Idempotent-Replayed")).toBe("true");
    expect(second.text).toBe(first.text);
    expect(await prisma.customer.count({ where: { workspaceId: workspace.workspaceId, email: "ada@example.com" } })).toBe(1);
    expect(await prisma.event.count({ where: { workspaceId: workspace.workspaceId, type: "customer.created" } })).toBe(1);
  });
});

describe("GET /v1/customers/:id", () => {
  it("returns the customer, under /v1 and /api/v1", async () => {
    const workspace = await createTestWorkspace();
    const created = await createdCustomer(workspace, { name: "Ada", metadata: { a: "1" } });
    for (const prefix of ["/v1", "/api/v1"]) {
      const result = await callApi({ key: workspace.key, path: `${prefix}/customers/${created.id}` });
      expect(result.status).toBe(200);
      expect(customerOf(result)).toEqual(created);
    }
  });

  it("404 for a customer of another workspace, of the other mode, or that does not exist", async () => {
    const workspace = await createTestWorkspace();
    const other = await createTestWorkspace();
    const liveKey = await addKey(workspace, { mode: "live" });
    const unknownId = "cus_01HXAB7K3M9N2P5QRS8TVWXY3Z";
    for (const [key, id] of [
      [other.key, workspace.customerId],
      [liveKey, workspace.customerId],
      [workspace.key, unknownId],
    ] as const) {
      const result = await callApi({ key, path: `/v1/customers/${id}` });
      expect(result.status).toBe(404);
      expect(result.json.error?.code).toBe("not_found");
    }
  });
});

describe("GET /v1/customers", () => {
  it("walks every page with the cursor, without duplicates, in a stable order both ways", async () => {
    const workspace = await createTestWorkspace();
    for (let i = 0; i < 6; i++) await createCustomerByApi(workspace, { name: `Customer ${i}` });
    const expected = await prisma.customer.findMany({
      where: { workspaceId: workspace.workspaceId, mode: "test" },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    expect(expected).toHaveLength(7);
    for (const order of ["desc", "asc"] as const) {
      const seen: string[] = [];
      let cursor: string | null | undefined = null;
      let pages = 0;
      do {
        const query: string = `limit=3&order=${order}${cursor ? `&cursor=${cursor}` : ""}`;
        const result = await callApi({ key: workspace.key, path: `/v1/customers?${query}` });
        expect(result.status).toBe(200);
        const items = result.json.data as CustomerData[];
        seen.push(...items.map((item) => item.id));
        cursor = result.json.meta.cursor;
        expect(result.json.meta.hasMore).toBe(cursor !== null);
        pages++;
      } while (cursor);
      expect(pages).toBe(3);
      expect(new Set(seen).size).toBe(seen.length);
      const ids = expected.map((row) => row.id);
      expect(seen).toEqual(order === "desc" ? ids : [...ids].reverse());
    }
  });

  it("filters by exact email and externalId, and lists only the key's workspace and mode", async () => {
    const workspace = await createTestWorkspace();
    const other = await createTestWorkspace();
    const ada = await createdCustomer(workspace, { email: "ada@example.com", externalId: "ada" });
    await createCustomerByApi(workspace, { email: "alan@example.com" });
    await createCustomerByApi(other, { email: "ada@example.com" });
    const liveKey = await addKey(workspace, { mode: "live" });
    await callApi({ key: liveKey, path: "/v1/customers", body: { email: "ada@example.com" } });

    const byEmail = await callApi({ key: workspace.key, path: "/v1/customers?email=ada%40example.com" });
    expect(byEmail.status).toBe(200);
    expect(byEmail.json.data).toEqual([ada]);
    expect(byEmail.json.meta).toMatchObject({ cursor: null, hasMore: false });
    const byExternalId = await callApi({ key: workspace.key, path: "/v1/customers?externalId=ada" });
    expect(byExternalId.json.data).toEqual([ada]);
    const all = await callApi({ key: workspace.key, path: "/v1/customers" });
    expect((all.json.data as CustomerData[]).map((item) => item.id).sort()).toEqual(
      [
        workspace.customerId,
        ada.id,
        (await prisma.customer.findFirstOrThrow({ where: { workspaceId: workspace.workspaceId, mode: "test", email: "alan@example.com" } })).id,
      ].sort(),
    );
  });

  it("400 for an unknown query parameter or a limit above 100", async () => {
    const workspace = await createTestWorkspace();
    for (const [query, field] of [
      ["status=active", "status"],
      ["limit=101", "limit"],
    ]) {
      const result = await callApi({ key: workspace.key, path: `/v1/customers?${query}` });
      expect(result.status).toBe(400);
      expect(result.json.error).toMatchObject({ code: "VALIDATION_ERROR", field });
    }
  });

  it("lists 100 customers in a constant number of queries", async () => {
    const workspace = await createTestWorkspace();
    await prisma.customer.createMany({
      data: Array.from({ length: 100 }, (_, i) => ({
        id: newId("customer"),
        workspaceId: workspace.workspaceId,
        mode: "test",
        name: `C${i}`,
        metadata: JSON.stringify({ i: String(i) }),
      })),
    });
    const before = databaseQueryCount();
    const result = await callApi({ key: workspace.key, path: "/v1/customers?limit=100" });
    const queries = databaseQueryCount() - before;
    expect(result.status).toBe(200);
    expect(result.json.data).toHaveLength(100);
    expect(queries).toBeLessThanOrEqual(15);
  });
});

describe("customers scopes", () => {
  it("a read-only key reads but cannot write; a key without the customers scope cannot read", async () => {
    const workspace = await createTestWorkspace();
    const readOnly = await addKey(workspace, { scopes: ["plugipay:customers:read"] });
    expect((await callApi({ key: readOnly, path: "/v1/customers" })).status).toBe(200);
    expect((await callApi({ key: readOnly, path: `/v1/customers/${workspace.customerId}` })).status).toBe(200);
    const writes = [
      { method: "POST", path: "/v1/customers", body: { name: "X" } },
      { method: "PATCH", path: `/v1/customers/${workspace.customerId}`, body: { name: "X" } },
    ];
    for (const write of writes) {
      const result = await callApi({ key: readOnly, ...write });
      expect(result.status).toBe(403);
      expect(result.json.error?.code).toBe("insufficient_scope");
    }
    const plansOnly = await addKey(workspace, { scopes: ["plugipay:plans:*"] });
    for (const path of ["/v1/customers", `/v1/customers/${workspace.customerId}`]) {
      const result = await callApi({ key: plansOnly, path });
      expect(result.status).toBe(403);
      expect(result.json.error?.code).toBe("insufficient_scope");
    }
    const writer = await addKey(workspace, { scopes: ["plugipay:customers:write"] });
    expect((await callApi({ key: writer, path: "/v1/customers", body: { name: "Y" } })).status).toBe(201);
  });
});
