// POST /v1/invoices/:id/send-email (docs/api.md §10.5) through the real wrapper and database, and the
// message it queues delivered by the worker's email step to a real SMTP server on loopback.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "../db";
import { newId } from "../ids";
import { callApi } from "../testing/api-client";
import { addKey, createTestWorkspace, type TestWorkspace } from "../testing/fixtures";
import { eventsOf } from "../testing/portal-fixtures";
import type { Tenant } from "../tenancy";
import { createTestInvoice } from "../invoices/invoice-test-fixtures";
import { deliverDueEmails } from "./deliver-due-emails";
import { startTestSmtpReceiver, type TestSmtpReceiver } from "./test-smtp-receiver";

const logged = vi.hoisted(() => [] as unknown[]);
vi.mock("../log", () => ({ log: (...args: unknown[]) => logged.push(args) }));

const SMTP_AUTH = { user: "mailer", pass: "smtp-pass-Wh1spered" };

let receiver: TestSmtpReceiver;
beforeEach(async () => {
  logged.length = 0;
  receiver = await startTestSmtpReceiver({ auth: SMTP_AUTH });
});
afterEach(() => receiver.close());

function tenantOf(workspace: TestWorkspace): Tenant {
  return { workspaceId: workspace.workspaceId, accountId: workspace.accountId, mode: "test" };
}

const sendEmail = (workspace: TestWorkspace, invoiceId: string, body?: unknown, idempotencyKey?: string) =>
  callApi({ key: workspace.key, method: "POST", path: `/v1/invoices/${invoiceId}/send-email`, body: body ?? {}, idempotencyKey });

const deliver = (workspace: TestWorkspace) =>
  deliverDueEmails({ workerId: "test-worker", smtpUrl: receiver.url, from: "Billing <billing@merchant.test>", workspaceIds: [workspace.workspaceId] });

describe("POST /v1/invoices/:id/send-email", () => {
  it("queues the invoice with its invoice.sent event, and the worker delivers it with the PDF attached", async () => {
    const workspace = await createTestWorkspace({ name: "Acme Tools" });
    const invoice = await createTestInvoice(tenantOf(workspace), workspace.customerId);
    const result = await sendEmail(workspace, invoice.id);
    expect(result.status).toBe(200);
    const data = result.json.data as Record<string, unknown>;
    expect(data).toEqual({ sent: true, to: "customer@example.com", emailId: expect.stringMatching(/^em_/), status: "queued", invoiceId: invoice.id });

    const queued = await prisma.emailMessage.findUniqueOrThrow({ where: { id: data.emailId as string } });
    expect(queued).toMatchObject({ status: "queued", attempts: 0, toAddress: "customer@example.com", invoiceId: invoice.id });
    const [sentEvent] = (await eventsOf(tenantOf(workspace))).filter((event) => event.type === "invoice.sent");
    expect(sentEvent?.id).toBe(queued.eventId);
    expect(sentEvent?.data).toMatchObject({ aggregateType: "invoice", aggregateId: invoice.id, to: "customer@example.com", object: { id: invoice.id } });

    expect(await deliver(workspace)).toEqual({ attempted: 1, sent: 1 });
    const [email] = await receiver.waitFor(1);
    expect(email?.envelopeTo).toEqual(["customer@example.com"]);
    expect(email?.authenticatedUser).toBe(SMTP_AUTH.user);
    expect(email?.mail.from?.text).toContain("billing@merchant.test");
    expect(email?.mail.subject).toBe(`Invoice ${invoice.number} from Acme Tools`);
    expect(email?.mail.text).toContain("$30.00");
    const [attachment] = email?.mail.attachments ?? [];
    expect(attachment?.contentType).toBe("application/pdf");
    expect(attachment?.filename).toBe(`invoice-${invoice.number}.pdf`);
    expect(attachment?.content.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    for (const leak of ["http", "/portal", "ps_", "#t="]) expect(`${email?.mail.text}\n${email?.mail.html || ""}`).not.toContain(leak);

    expect(await prisma.emailMessage.findUniqueOrThrow({ where: { id: queued.id } })).toMatchObject({
      status: "sent",
      attempts: 1,
      lastError: null,
      leaseOwner: null,
    });
    expect(await prisma.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).toEqual(invoice);
    expect(await deliver(workspace)).toEqual({ attempted: 0, sent: 0 });
    expect(JSON.stringify(logged)).not.toContain(SMTP_AUTH.pass);
  });

  it("sends to `to` when given, also for a paid invoice, and refuses a customer without email and no `to`", async () => {
    const workspace = await createTestWorkspace();
    const tenant = tenantOf(workspace);
    const paid = await createTestInvoice(tenant, workspace.customerId, { status: "paid" });
    const overridden = await sendEmail(workspace, paid.id, { to: "accounts@buyer.test" });
    expect(overridden.status).toBe(200);
    expect(overridden.json.data).toMatchObject({ sent: true, to: "accounts@buyer.test" });
    await deliver(workspace);
    const [email] = await receiver.waitFor(1);
    expect(email?.envelopeTo).toEqual(["accounts@buyer.test"]);
    expect(email?.mail.text).toContain("paid in full");

    const noEmail = await prisma.customer.create({ data: { id: newId("customer"), workspaceId: workspace.workspaceId, mode: "test", name: "No Mail" } });
    const invoice = await createTestInvoice(tenant, noEmail.id);
    const refused = await sendEmail(workspace, invoice.id);
    expect(refused.status).toBe(400);
    expect(refused.json.error).toMatchObject({ code: "VALIDATION_ERROR", field: "to" });
    expect(await prisma.emailMessage.count({ where: { invoiceId: invoice.id } })).toBe(0);
  });

  it("is 409 invalid_state for a draft or void invoice, and queues nothing", async () => {
    const workspace = await createTestWorkspace();
    for (const status of ["draft", "void"]) {
      const invoice = await createTestInvoice(tenantOf(workspace), workspace.customerId, { status });
      const result = await sendEmail(workspace, invoice.id);
      expect(result.status).toBe(409);
      expect(result.json).toMatchObject({ data: null, error: { code: "invalid_state" } });
    }
    expect(await prisma.emailMessage.count({ where: { workspaceId: workspace.workspaceId } })).toBe(0);
    expect((await eventsOf(tenantOf(workspace))).filter((event) => event.type === "invoice.sent")).toEqual([]);
  });

  it("answers bad input with a 400 envelope: a malformed `to`, an unknown field, a non-object body", async () => {
    const workspace = await createTestWorkspace();
    const invoice = await createTestInvoice(tenantOf(workspace), workspace.customerId);
    for (const body of [{ to: "not-an-address" }, { to: 42 }, { subject: "hi" }, ["to"]]) {
      const result = await sendEmail(workspace, invoice.id, body);
      expect(result.status).toBe(400);
      expect(result.json).toMatchObject({ data: null, error: { code: "VALIDATION_ERROR" } });
    }
    const raw = await callApi({ key: workspace.key, method: "POST", path: `/v1/invoices/${invoice.id}/send-email`, rawBody: "{not json" });
    expect(raw.status).toBe(400);
    expect(await prisma.emailMessage.count({ where: { invoiceId: invoice.id } })).toBe(0);
  });

  it("keeps tenants apart: another workspace or mode gets 404, a read-only key 403", async () => {
    const mine = await createTestWorkspace();
    const theirs = await createTestWorkspace();
    const invoice = await createTestInvoice(tenantOf(mine), mine.customerId);
    expect((await sendEmail(theirs, invoice.id)).json.error?.code).toBe("not_found");
    expect((await sendEmail(theirs, invoice.id)).status).toBe(404);
    const live = await addKey(mine, { mode: "live" });
    expect((await callApi({ key: live, method: "POST", path: `/v1/invoices/${invoice.id}/send-email`, body: {} })).status).toBe(404);
    const readOnly = await addKey(mine, { scopes: ["plugipay:invoices:read"] });
    expect((await callApi({ key: readOnly, method: "POST", path: `/v1/invoices/${invoice.id}/send-email`, body: {} })).status).toBe(403);
    expect((await sendEmail(mine, "inv_doesnotexist")).status).toBe(404);
    expect(await prisma.emailMessage.count({ where: { invoiceId: invoice.id } })).toBe(0);
  });

  it("replays a call sent again with the same Idempotency-Key without queuing a second email", async () => {
    const workspace = await createTestWorkspace();
    const invoice = await createTestInvoice(tenantOf(workspace), workspace.customerId);
    const first = await sendEmail(workspace, invoice.id, {}, "idem_send_1");
    const replay = await sendEmail(workspace, invoice.id, {}, "idem_send_1");
    expect(replay.status).toBe(200);
    expect(replay.headers.get("Idempotent-Replayed")).toBe("true");
    expect(replay.json.data).toEqual(first.json.data);
    expect(await prisma.emailMessage.count({ where: { invoiceId: invoice.id } })).toBe(1);
    const again = await sendEmail(workspace, invoice.id);
    expect(again.status).toBe(200);
    expect(await prisma.emailMessage.count({ where: { invoiceId: invoice.id } })).toBe(2);
  });
});
