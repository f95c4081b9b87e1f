// The invoices API actions (docs/api.md §10) through the real wrapper against a real SQLite database:
// pay (never twice, declines as 402), void and finalize with their events and refusals.
import { describe, expect, it } from "vitest";
import { prisma } from "../db";
import { TEST_CARDS } from "../processor";
import { attachCard } from "../payment-methods/attach-card";
import { callApi } from "../testing/api-client";
import { addKey, createTestCustomer } from "../testing/fixtures";
import { createSubscribedCustomer, eventsOf } from "../testing/portal-fixtures";
import { createTestInvoice as createInvoice, INVOICE_KEYS, ISO_TIME as ISO, type ApiInvoice as Invoice } from "./invoice-test-fixtures";

describe("POST /v1/invoices/:id/pay", () => {
  it("pays with the customer's card, and a second call charges nothing", async () => {
    const { workspace, tenant, invoice } = await createSubscribedCustomer();
    const first = await callApi({ key: workspace.key, method: "POST", path: `/v1/invoices/${invoice.id}/pay`, body: {} });
    expect(first.status).toBe(200);
    const paid = first.json.data as Invoice;
    expect(Object.keys(paid).sort()).toEqual(INVOICE_KEYS);
    expect(paid).toMatchObject({ id: invoice.id, status: "paid", amountPaid: 4900, amountDue: 0 });
    expect(paid.paidAt).toMatch(ISO);
    const second = await callApi({ key: workspace.key, method: "POST", path: `/v1/invoices/${invoice.id}/pay` });
    expect(second.status).toBe(200);
    expect(second.json.data).toEqual(paid);
    expect(await prisma.charge.count({ where: { invoiceId: invoice.id } })).toBe(1);
    const charge = await prisma.charge.findFirstOrThrow({ where: { invoiceId: invoice.id } });
    expect(paid.chargeId).toBe(charge.id);
    expect((await eventsOf(tenant)).filter((event) => event.type === "invoice.paid")).toHaveLength(1);
  });

  it("replays a pay sent again with the same Idempotency-Key", async () => {
    const { workspace, invoice } = await createSubscribedCustomer();
    const call = { key: workspace.key, method: "POST", path: `/api/v1/invoices/${invoice.id}/pay`, body: {}, idempotencyKey: "idem_pay_1" };
    const first = await callApi(call);
    const replay = await callApi(call);
    expect(first.status).toBe(200);
    expect(replay.status).toBe(200);
    expect(replay.headers.get("Idempotent-Replayed")).toBe("true");
    expect(replay.json.data).toEqual(first.json.data);
    expect(await prisma.charge.count({ where: { invoiceId: invoice.id } })).toBe(1);
  });

  it("answers a declined card with 402 card_declined and leaves the invoice open", async () => {
    const { workspace, tenant, customerId, invoice } = await createSubscribedCustomer();
    await attachCard(tenant, customerId, { number: TEST_CARDS.declinedAtCharge.number, expMonth: 12, expYear: 2034, cvc: "123" }, { makeDefault: true });
    const result = await callApi({ key: workspace.key, method: "POST", path: `/v1/invoices/${invoice.id}/pay`, body: {} });
    expect(result.status).toBe(402);
    expect(result.json.data).toBeNull();
    expect(result.json.error).toMatchObject({ code: "card_declined", message: "Your card was declined." });
    const stored = await prisma.invoice.findUniqueOrThrow({ where: { id: invoice.id } });
    expect(stored).toMatchObject({ status: "open", amountDue: 4900, paidAt: null, paymentStartedAt: null });
    expect(await prisma.charge.findMany({ where: { invoiceId: invoice.id }, select: { status: true } })).toEqual([{ status: "failed" }]);
    const after = await callApi({ key: workspace.key, path: `/v1/invoices/${invoice.id}` });
    expect(after.json.data).toMatchObject({ status: "open", chargeId: null });
    expect((await eventsOf(tenant)).filter((event) => event.type === "invoice.payment_failed")).toHaveLength(1);
  });

  it("is 409 invalid_state without a card, and for a void or draft invoice", async () => {
    const { workspace, tenant } = await createSubscribedCustomer();
    const cardless = await createTestCustomer(workspace.workspaceId);
    const open = await createInvoice(tenant, cardless);
    const voided = await createInvoice(tenant, workspace.customerId, { status: "void" });
    const draft = await createInvoice(tenant, workspace.customerId, { status: "draft" });
    for (const id of [open.id, voided.id, draft.id]) {
      const result = await callApi({ key: workspace.key, method: "POST", path: `/v1/invoices/${id}/pay`, body: {} });
      expect(result.status).toBe(409);
      expect(result.json.error?.code).toBe("invalid_state");
    }
    expect(await prisma.charge.count({ where: { workspaceId: workspace.workspaceId } })).toBe(0);
  });

  it("refuses other tenants, the other mode, a read-only key and unknown body fields", async () => {
    const mine = await createSubscribedCustomer();
    const theirs = await createSubscribedCustomer();
    const live = await addKey(mine.workspace, { mode: "live" });
    const readOnly = await addKey(mine.workspace, { scopes: ["plugipay:invoices:read"] });
    const path = (id: string) => `/v1/invoices/${id}/pay`;
    expect((await callApi({ key: mine.workspace.key, method: "POST", path: path(theirs.invoice.id), body: {} })).status).toBe(404);
    expect((await callApi({ key: live, method: "POST", path: path(mine.invoice.id), body: {} })).status).toBe(404);
    const forbidden = await callApi({ key: readOnly, method: "POST", path: path(mine.invoice.id), body: {} });
    expect(forbidden.status).toBe(403);
    expect(forbidden.json.error?.code).toBe("insufficient_scope");
    const invalid = await callApi({ key: mine.workspace.key, method: "POST", path: path(mine.invoice.id), body: { amount: 100 } });
    expect(invalid.status).toBe(400);
    expect(invalid.json.error).toMatchObject({ code: "VALIDATION_ERROR", field: "amount" });
    expect(await prisma.charge.count({ where: { invoiceId: { in: [mine.invoice.id, theirs.invoice.id] } } })).toBe(0);
  });
});

describe("POST /v1/invoices/:id/void", () => {
  it("voids an unpaid invoice with invoice.voided, and refuses a second void", async () => {
    const { workspace, tenant, invoice } = await createSubscribedCustomer();
    const result = await callApi({ key: workspace.key, method: "POST", path: `/v1/invoices/${invoice.id}/void` });
    expect(result.status).toBe(200);
    const voided = result.json.data as Invoice;
    expect(Object.keys(voided).sort()).toEqual(INVOICE_KEYS);
    expect(voided).toMatchObject({ id: invoice.id, status: "void", amountDue: 0, amountPaid: 0, total: 4900 });
    expect(voided.voidedAt).toMatch(ISO);
    const events = (await eventsOf(tenant)).filter((event) => event.type === "invoice.voided");
    expect(events).toHaveLength(1);
    expect(events[0]!.data.object).toEqual(voided);
    expect(events[0]!.data.previousAttributes).toEqual({ status: "open", amountDue: 4900, voidedAt: null });
    const again = await callApi({ key: workspace.key, method: "POST", path: `/v1/invoices/${invoice.id}/void`, body: {} });
    expect(again.status).toBe(409);
    expect(again.json.error?.code).toBe("invalid_state");
  });

  it("voids draft, past_due and uncollectible invoices but not paid ones", async () => {
    const { workspace, tenant, customerId } = await createSubscribedCustomer();
    for (const status of ["draft", "past_due", "uncollectible"]) {
      const invoice = await createInvoice(tenant, customerId, { status });
      const result = await callApi({ key: workspace.key, method: "POST", path: `/v1/invoices/${invoice.id}/void`, body: {} });
      expect(result.status, status).toBe(200);
      expect((result.json.data as Invoice).status).toBe("void");
    }
    const paid = await createInvoice(tenant, customerId, { status: "paid" });
    const refused = await callApi({ key: workspace.key, method: "POST", path: `/v1/invoices/${paid.id}/void`, body: {} });
    expect(refused.status).toBe(409);
    expect(refused.json.error?.code).toBe("invalid_state");
    expect((await prisma.invoice.findUniqueOrThrow({ where: { id: paid.id } })).status).toBe("paid");
  });

  it("is 404 across workspaces and modes, and 403 without the write scope", async () => {
    const mine = await createSubscribedCustomer();
    const theirs = await createSubscribedCustomer();
    const live = await addKey(mine.workspace, { mode: "live" });
    const readOnly = await addKey(mine.workspace, { scopes: ["plugipay:invoices:read"] });
    expect((await callApi({ key: mine.workspace.key, method: "POST", path: `/v1/invoices/${theirs.invoice.id}/void`, body: {} })).status).toBe(404);
    expect((await callApi({ key: live, method: "POST", path: `/v1/invoices/${mine.invoice.id}/void`, body: {} })).status).toBe(404);
    expect((await callApi({ key: readOnly, method: "POST", path: `/v1/invoices/${mine.invoice.id}/void`, body: {} })).status).toBe(403);
    expect((await prisma.invoice.findUniqueOrThrow({ where: { id: theirs.invoice.id } })).status).toBe("open");
  });
});

describe("POST /v1/invoices/:id/finalize", () => {
  it("opens a draft, setting issuedAt, with invoice.finalized; then refuses", async () => {
    const { workspace, tenant, customerId } = await createSubscribedCustomer();
    const draft = await createInvoice(tenant, customerId, { status: "draft", issuedAt: null });
    const result = await callApi({ key: workspace.key, method: "POST", path: `/v1/invoices/${draft.id}/finalize`, body: {} });
    expect(result.status).toBe(200);
    const opened = result.json.data as Invoice;
    expect(Object.keys(opened).sort()).toEqual(INVOICE_KEYS);
    expect(opened).toMatchObject({ id: draft.id, status: "open", amountDue: 3000 });
    expect(opened.issuedAt).toMatch(ISO);
    const events = (await eventsOf(tenant)).filter((event) => event.type === "invoice.finalized");
    expect(events).toHaveLength(1);
    expect(events[0]!.data.object).toEqual(opened);
    expect(events[0]!.data.previousAttributes).toEqual({ status: "draft", issuedAt: null });
    const again = await callApi({ key: workspace.key, method: "POST", path: `/v1/invoices/${draft.id}/finalize` });
    expect(again.status).toBe(409);
    expect(again.json.error?.code).toBe("invalid_state");
  });

  it("keeps an existing issuedAt and refuses anything but a draft", async () => {
    const { workspace, tenant, customerId, invoice } = await createSubscribedCustomer();
    const issuedAt = new Date("2026-01-02T03:04:05.678Z");
    const draft = await createInvoice(tenant, customerId, { status: "draft", issuedAt });
    const result = await callApi({ key: workspace.key, method: "POST", path: `/v1/invoices/${draft.id}/finalize`, body: {} });
    expect((result.json.data as Invoice).issuedAt).toBe(issuedAt.toISOString());
    for (const id of [invoice.id, (await createInvoice(tenant, customerId, { status: "void" })).id]) {
      const refused = await callApi({ key: workspace.key, method: "POST", path: `/v1/invoices/${id}/finalize`, body: {} });
      expect(refused.status).toBe(409);
      expect(refused.json.error?.code).toBe("invalid_state");
    }
  });

  it("is 404 across workspaces and modes", async () => {
    const mine = await createSubscribedCustomer();
    const theirs = await createSubscribedCustomer();
    const foreignDraft = await createInvoice(theirs.tenant, theirs.customerId, { status: "draft" });
    const ownDraft = await createInvoice(mine.tenant, mine.customerId, { status: "draft" });
    const live = await addKey(mine.workspace, { mode: "live" });
    expect((await callApi({ key: mine.workspace.key, method: "POST", path: `/v1/invoices/${foreignDraft.id}/finalize`, body: {} })).status).toBe(404);
    expect((await callApi({ key: live, method: "POST", path: `/v1/invoices/${ownDraft.id}/finalize`, body: {} })).status).toBe(404);
    expect((await prisma.invoice.findUniqueOrThrow({ where: { id: foreignDraft.id } })).status).toBe("draft");
  });
});
