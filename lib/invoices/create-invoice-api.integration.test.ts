// POST /v1/invoices (docs/api.md §10.5): a one-off draft invoice with lines for a customer, then
// finalize, pay and void as for any invoice; bad bodies are 400 envelopes; GET /invoice.pdf aliases /pdf.
import { describe, expect, it } from "vitest";
import { prisma } from "../db";
import { handleApiRequest } from "../api/handle-api-request";
import { buildSignedRequest, callApi } from "../testing/api-client";
import { createTestWorkspace, type TestWorkspace } from "../testing/fixtures";
import { createSubscribedCustomer, eventsOf } from "../testing/portal-fixtures";
import { INVOICE_KEYS, ISO_TIME, type ApiInvoice } from "./invoice-test-fixtures";

const SETUP_LINE = { description: "Setup", quantity: 2, unitAmount: 2500 };

function createInvoice(workspace: TestWorkspace, body: Record<string, unknown>, idempotencyKey?: string) {
  return callApi({ key: workspace.key, path: "/api/v1/invoices", body, idempotencyKey });
}

describe("POST /v1/invoices", () => {
  it("201 with a draft invoice and its lines, numbered, with invoice.created; finalize, pay and void then work", async () => {
    const { workspace, tenant, customerId } = await createSubscribedCustomer();
    const body = {
      customerId,
      currency: "usd",
      lines: [SETUP_LINE, { description: "Training", quantity: 1, unitAmount: 10000, metadata: { course: "basics" } }],
      discount: 1000,
      tax: 500,
      metadata: { order: "42" },
    };
    const created = await createInvoice(workspace, body, "idem_invoice_1");
    expect(created.status).toBe(201);
    const invoice = created.json.data as ApiInvoice;
    expect(Object.keys(invoice).sort()).toEqual(INVOICE_KEYS);
    expect(invoice).toMatchObject({
      customerId,
      memo: null,
      subscriptionId: null,
      status: "draft",
      number: expect.stringMatching(/^INV-\d{6}$/),
      currency: "USD",
      subtotal: 15000,
      discount: 1000,
      tax: 500,
      total: 14500,
      amountDue: 14500,
      amountPaid: 0,
      issuedAt: null,
      dueAt: null,
      metadata: { order: "42" },
    });
    expect(invoice.lines).toMatchObject([
      { description: "Setup", quantity: 2, unitAmount: 2500, amount: 5000, priceId: null, metadata: null },
      { description: "Training", quantity: 1, unitAmount: 10000, amount: 10000, metadata: { course: "basics" } },
    ]);
    const replay = await createInvoice(workspace, body, "idem_invoice_1");
    expect(replay.headers.get("Idempotent-Replayed")).toBe("true");
    expect(await prisma.invoice.count({ where: { customerId, subscriptionId: null } })).toBe(1);
    const createdEvents = (await eventsOf(tenant)).filter((event) => event.type === "invoice.created");
    expect(createdEvents.map((event) => event.data.object)).toEqual([invoice]);

    const finalized = await callApi({ key: workspace.key, path: `/v1/invoices/${invoice.id}/finalize`, body: {} });
    expect(finalized.json.data).toMatchObject({ status: "open", issuedAt: expect.stringMatching(ISO_TIME) });
    const paid = await callApi({ key: workspace.key, path: `/v1/invoices/${invoice.id}/pay`, body: {} });
    expect(paid.json.data).toMatchObject({ status: "paid", amountPaid: 14500, amountDue: 0 });
    const charge = await prisma.charge.findFirstOrThrow({ where: { invoiceId: invoice.id } });
    expect(charge.amount).toBe(14500);

    const second = await createInvoice(workspace, { customerId, currency: "USD", lines: [SETUP_LINE] });
    const voided = await callApi({ key: workspace.key, path: `/v1/invoices/${(second.json.data as ApiInvoice).id}/void`, body: {} });
    expect(voided.json.data).toMatchObject({ status: "void", voidedAt: expect.stringMatching(ISO_TIME) });
  });

  it('status "open" issues it at once with invoice.created and invoice.finalized; dueAt and the SDK\'s memo are kept', async () => {
    const { workspace, tenant, customerId } = await createSubscribedCustomer();
    const body = { customerId, currency: "USD", lines: [SETUP_LINE], status: "open", dueAt: "2027-01-31T00:00:00+07:00", memo: " Thank you! " };
    const created = await createInvoice(workspace, body);
    expect(created.status).toBe(201);
    expect(created.json.data).toMatchObject({ status: "open", issuedAt: expect.stringMatching(ISO_TIME), dueAt: "2027-01-30T17:00:00.000Z", total: 5000 });
    const fetched = await callApi({ key: workspace.key, path: `/v1/invoices/${(created.json.data as ApiInvoice).id}` });
    expect(fetched.json.data).toMatchObject({ memo: "Thank you!" });
    const types = (await eventsOf(tenant)).map((event) => event.type).filter((type) => type.startsWith("invoice."));
    expect(types).toEqual(["invoice.created", "invoice.finalized"]);
  });

  it.each([
    [{ currency: "USD", lines: [SETUP_LINE] }, "customerId"],
    [{ currency: "XXX", lines: [SETUP_LINE] }, "currency"],
    [{ currency: "USD", lines: [] }, "lines"],
    [{ currency: "USD", lines: [{ ...SETUP_LINE, quantity: 0 }] }, "lines.0.quantity"],
    [{ currency: "USD", lines: [{ ...SETUP_LINE, unitAmount: 12.5 }] }, "lines.0.unitAmount"],
    [{ currency: "USD", lines: [{ ...SETUP_LINE, unitAmount: -1 }] }, "lines.0.unitAmount"],
    [{ currency: "USD", lines: [{ description: "", quantity: 1, unitAmount: 1 }] }, "lines.0.description"],
    [{ currency: "USD", lines: [{ ...SETUP_LINE, amount: 5000 }] }, "lines.0.amount"],
    [{ currency: "USD", lines: [{ ...SETUP_LINE, quantity: 100_000, unitAmount: 2_000_000 }] }, "lines"],
    [{ currency: "USD", lines: [SETUP_LINE], discount: 5001 }, "discount"],
    [{ currency: "USD", lines: [SETUP_LINE], status: "paid" }, "status"],
    [{ currency: "USD", lines: [SETUP_LINE], dueAt: "tomorrow" }, "dueAt"],
    [{ currency: "USD", lines: [SETUP_LINE], memo: "   " }, "memo"],
    [{ currency: "USD", lines: [SETUP_LINE], memo: "x".repeat(1001) }, "memo"],
    [{ currency: "USD", lines: [SETUP_LINE], templateId: "tpl_1" }, "templateId"],
  ])("400 VALIDATION_ERROR for %j, naming %s, and writes nothing", async (partial, field) => {
    const workspace = await createTestWorkspace();
    const body = "customerId" in partial || field === "customerId" ? partial : { customerId: workspace.customerId, ...partial };
    const result = await createInvoice(workspace, body);
    expect(result.status).toBe(400);
    expect(result.json.error?.code).toBe("VALIDATION_ERROR");
    expect(result.json.error?.field).toBe(field);
    expect(await prisma.invoice.count({ where: { workspaceId: workspace.workspaceId } })).toBe(0);
  });

  it("404 naming customerId for another workspace's customer, or a deleted one; nothing written", async () => {
    const owner = await createTestWorkspace();
    const other = await createTestWorkspace();
    const foreign = await createInvoice(other, { customerId: owner.customerId, currency: "USD", lines: [SETUP_LINE] });
    expect(foreign.status).toBe(404);
    expect(foreign.json.error).toMatchObject({ code: "not_found", field: "customerId" });
    await prisma.customer.update({ where: { id: other.customerId }, data: { deletedAt: new Date() } });
    const deleted = await createInvoice(other, { customerId: other.customerId, currency: "USD", lines: [SETUP_LINE] });
    expect(deleted.status).toBe(404);
    expect(await prisma.invoice.count({ where: { workspaceId: { in: [owner.workspaceId, other.workspaceId] } } })).toBe(0);
  });
});

describe("GET /v1/invoices/{id}/invoice.pdf", () => {
  it("answers the same PDF as /pdf, with the same rate class; another workspace's invoice is 404", async () => {
    const { workspace, invoice } = await createSubscribedCustomer();
    const download = (path: string) => handleApiRequest(buildSignedRequest({ key: workspace.key, path }));
    const alias = await download(`/api/v1/invoices/${invoice.id}/invoice.pdf`);
    const original = await download(`/api/v1/invoices/${invoice.id}/pdf`);
    expect(alias.status).toBe(200);
    expect(alias.headers.get("Content-Type")).toBe("application/pdf");
    expect(alias.headers.get("Content-Disposition")).toBe(original.headers.get("Content-Disposition"));
    expect(
      Buffer.from(await alias.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    expect(alias.headers.get("X-RateLimit-Limit")).toBe(original.headers.get("X-RateLimit-Limit"));
    // One bucket for both paths: the second download finds one token fewer.
    expect(Number(original.headers.get("X-RateLimit-Remaining"))).toBe(Number(alias.headers.get("X-RateLimit-Remaining")) - 1);
    const other = await createTestWorkspace();
    const foreign = await callApi({ key: other.key, path: `/v1/invoices/${invoice.id}/invoice.pdf` });
    expect(foreign.status).toBe(404);
    expect(foreign.json.error?.code).toBe("not_found");
  });
});
