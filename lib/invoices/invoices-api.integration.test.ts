// The invoices API reads (docs/api.md §10) through the real wrapper against a real SQLite database:
// retrieve, list and PDF. The actions (pay, void, finalize) are in invoice-actions-api.integration.test.ts.
import { describe, expect, it } from "vitest";
import { databaseQueryCount } from "../db";
import { handleApiRequest } from "../api/handle-api-request";
import { buildSignedRequest, callApi } from "../testing/api-client";
import { addKey, createTestCustomer } from "../testing/fixtures";
import { createSubscribedCustomer } from "../testing/portal-fixtures";
import { createTestInvoice as createInvoice, INVOICE_KEYS, ISO_TIME as ISO, type ApiInvoice as Invoice } from "./invoice-test-fixtures";

const LINE_KEYS = ["amount", "description", "id", "metadata", "priceId", "quantity", "unitAmount"];

async function rawCall(call: Parameters<typeof buildSignedRequest>[0]) {
  return handleApiRequest(buildSignedRequest(call));
}

describe("GET /v1/invoices/:id", () => {
  it("returns the invoice object with its lines", async () => {
    const { workspace, invoice, customerId, subscription, plans } = await createSubscribedCustomer();
    const result = await callApi({ key: workspace.key, path: `/v1/invoices/${invoice.id}` });
    expect(result.status).toBe(200);
    const data = result.json.data as Invoice;
    expect(Object.keys(data).sort()).toEqual(INVOICE_KEYS);
    expect(data).toMatchObject({
      id: invoice.id,
      arn: `arn:plugipay:${workspace.accountId}:invoice/${invoice.id}`,
      accountId: workspace.accountId,
      customerId,
      subscriptionId: subscription.id,
      status: "open",
      number: invoice.number,
      currency: "USD",
      subtotal: 4900,
      discount: 0,
      tax: 0,
      total: 4900,
      amountPaid: 0,
      amountDue: 4900,
      dueAt: null,
      paidAt: null,
      voidedAt: null,
      hostedInvoiceUrl: null,
      chargeId: null,
      metadata: null,
    });
    expect(data.issuedAt).toMatch(ISO);
    expect(data.createdAt).toMatch(ISO);
    expect(data.lines).toHaveLength(1);
    expect(Object.keys(data.lines[0]!).sort()).toEqual(LINE_KEYS);
    expect(data.lines[0]).toMatchObject({ description: "Pro", quantity: 1, unitAmount: 4900, amount: 4900, priceId: plans.pro.priceId, metadata: null });
  });

  it("is 404 for another workspace's invoice, for the other mode, and for an unknown id", async () => {
    const mine = await createSubscribedCustomer();
    const theirs = await createSubscribedCustomer();
    const live = await addKey(mine.workspace, { mode: "live" });
    for (const [key, id] of [
      [mine.workspace.key, theirs.invoice.id],
      [live, mine.invoice.id],
      [mine.workspace.key, "inv_01HXAB7K3M9N2P5QRS8TVWXY3Z"],
    ] as const) {
      const result = await callApi({ key, path: `/v1/invoices/${id}` });
      expect(result.status).toBe(404);
      expect(result.json.error?.code).toBe("not_found");
    }
  });

  it("needs plugipay:invoices:read", async () => {
    const { workspace, invoice } = await createSubscribedCustomer();
    const key = await addKey(workspace, { scopes: ["plugipay:customers:read"] });
    const result = await callApi({ key, path: `/v1/invoices/${invoice.id}` });
    expect(result.status).toBe(403);
    expect(result.json.error?.code).toBe("insufficient_scope");
    const wildcard = await addKey(workspace, { scopes: ["plugipay:invoices:*"] });
    expect((await callApi({ key: wildcard, path: `/v1/invoices/${invoice.id}` })).status).toBe(200);
  });
});

describe("GET /v1/invoices", () => {
  it("lists newest first and filters by customer, status and subscription", async () => {
    const { workspace, tenant, customerId, invoice, subscription } = await createSubscribedCustomer();
    const other = await createTestCustomer(workspace.workspaceId);
    const draft = await createInvoice(tenant, other, { status: "draft", createdAt: new Date(Date.now() + 1000) });
    const paid = await createInvoice(tenant, customerId, { status: "paid", createdAt: new Date(Date.now() + 2000) });
    const ids = async (query: string) => {
      const result = await callApi({ key: workspace.key, path: `/v1/invoices${query}` });
      expect(result.status).toBe(200);
      return (result.json.data as Invoice[]).map((item) => item.id);
    };
    expect(await ids("")).toEqual([paid.id, draft.id, invoice.id]);
    expect(await ids("?order=asc")).toEqual([invoice.id, draft.id, paid.id]);
    expect(await ids(`?customerId=${customerId}`)).toEqual([paid.id, invoice.id]);
    expect(await ids("?status=draft")).toEqual([draft.id]);
    expect(await ids(`?subscriptionId=${subscription.id}`)).toEqual([invoice.id]);
    expect(await ids(`?customerId=${customerId}&status=open`)).toEqual([invoice.id]);
    const list = await callApi({ key: workspace.key, path: "/api/v1/invoices?limit=2" });
    expect(list.json.meta).toMatchObject({ hasMore: true, cursor: draft.id });
    expect(Object.keys((list.json.data as Invoice[])[0]!).sort()).toEqual(INVOICE_KEYS);
    const next = await callApi({ key: workspace.key, path: `/api/v1/invoices?limit=2&cursor=${draft.id}` });
    expect((next.json.data as Invoice[]).map((item) => item.id)).toEqual([invoice.id]);
    expect(next.json.meta).toMatchObject({ hasMore: false, cursor: null });
  });

  it("shows only the key's workspace and mode", async () => {
    const mine = await createSubscribedCustomer();
    await createSubscribedCustomer();
    const live = await addKey(mine.workspace, { mode: "live" });
    const result = await callApi({ key: mine.workspace.key, path: "/v1/invoices" });
    expect((result.json.data as Invoice[]).map((item) => item.id)).toEqual([mine.invoice.id]);
    const liveResult = await callApi({ key: live, path: "/v1/invoices" });
    expect(liveResult.status).toBe(200);
    expect(liveResult.json.data).toEqual([]);
  });

  it("refuses unknown parameters and bad filters with 400 naming the field", async () => {
    const { workspace } = await createSubscribedCustomer();
    for (const [query, field] of [
      ["?expand=lines", "expand"],
      ["?status=settled", "status"],
      ["?limit=101", "limit"],
      ["?order=up", "order"],
      ["?limit=0", "limit"],
    ]) {
      const result = await callApi({ key: workspace.key, path: `/v1/invoices${query}` });
      expect(result.status, query).toBe(400);
      expect(result.json.error).toMatchObject({ code: "VALIDATION_ERROR", field });
    }
  });

  it("lists 100 invoices with their lines in a constant number of queries", async () => {
    const { workspace, tenant, customerId } = await createSubscribedCustomer();
    for (let i = 0; i < 100; i++) await createInvoice(tenant, customerId);
    const before = databaseQueryCount();
    const result = await callApi({ key: workspace.key, path: "/v1/invoices?limit=100" });
    const queries = databaseQueryCount() - before;
    expect(result.status).toBe(200);
    const items = result.json.data as Invoice[];
    expect(items).toHaveLength(100);
    expect(items.every((item) => item.lines.length === 2 || item.lines.length === 1)).toBe(true);
    expect(queries).toBeLessThanOrEqual(15);
  });
});

describe("GET /v1/invoices/:id/pdf", () => {
  it("returns the PDF as an attachment", async () => {
    const { workspace, invoice } = await createSubscribedCustomer();
    for (const prefix of ["/v1", "/api/v1"]) {
      const response = await rawCall({ key: workspace.key, path: `${prefix}/invoices/${invoice.id}/pdf` });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
      expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="invoice-INV-\d+\.pdf"$/);
      expect(response.headers.get("x-request-id")).toMatch(/^req_/);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    }
  });

  it("is a 404 envelope for a missing or foreign invoice", async () => {
    const mine = await createSubscribedCustomer();
    const theirs = await createSubscribedCustomer();
    for (const id of [theirs.invoice.id, "inv_01HXAB7K3M9N2P5QRS8TVWXY3Z"]) {
      const result = await callApi({ key: mine.workspace.key, path: `/v1/invoices/${id}/pdf` });
      expect(result.status).toBe(404);
      expect(result.headers.get("content-type")).toMatch(/^application\/json/);
      expect(result.json).toMatchObject({ data: null, error: { code: "not_found" } });
    }
  });
});
