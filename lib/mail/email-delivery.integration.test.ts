// The worker's email step (docs/api.md §10.5) against a real SMTP server on loopback: an SMTP server
// that is down leaves the message queued with its attempt counted and the invoice untouched, and it is
// delivered once the server is back; two workers send each message once; a refused recipient fails
// for good; without SMTP_URL messages wait, and the worker says so at start.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "../db";
import { advanceClock, resetClock } from "../clock";
import { callApi } from "../testing/api-client";
import { createTestWorkspace, type TestWorkspace } from "../testing/fixtures";
import { createTestInvoice } from "../invoices/invoice-test-fixtures";
import { deliverDueEmails, forgetSmtpServerFailures, type EmailDeliveryOptions } from "./deliver-due-emails";
import { logEmailOutboxStatus } from "./email-outbox-status";
import { startTestSmtpReceiver, type TestSmtpReceiver } from "./test-smtp-receiver";

const logged = vi.hoisted(() => [] as { level: string; message: string; fields: Record<string, unknown> }[]);
vi.mock("../log", () => ({ log: (level: string, message: string, fields: Record<string, unknown> = {}) => logged.push({ level, message, fields }) }));

const open: TestSmtpReceiver[] = [];
async function receiver(options: Parameters<typeof startTestSmtpReceiver>[0] = {}) {
  const started = await startTestSmtpReceiver(options);
  open.push(started);
  return started;
}
beforeEach(() => {
  logged.length = 0;
});
afterEach(async () => {
  resetClock();
  forgetSmtpServerFailures();
  await Promise.all(open.splice(0).map((server) => server.close()));
});

async function queuedEmail(workspace: TestWorkspace) {
  const invoice = await createTestInvoice({ workspaceId: workspace.workspaceId, accountId: workspace.accountId, mode: "test" }, workspace.customerId);
  const result = await callApi({ key: workspace.key, method: "POST", path: `/v1/invoices/${invoice.id}/send-email`, body: {} });
  expect(result.status).toBe(200);
  return { invoice, emailId: (result.json.data as { emailId: string }).emailId };
}

const options = (workspace: TestWorkspace, smtpUrl: string, workerId = "worker-a"): EmailDeliveryOptions => ({
  workerId,
  smtpUrl,
  workspaceIds: [workspace.workspaceId],
  random: () => 0.5,
});

describe("deliverDueEmails", () => {
  it("keeps the message queued while SMTP is down, leaves the invoice as it was, and delivers it once SMTP is back", async () => {
    const workspace = await createTestWorkspace();
    const { invoice, emailId } = await queuedEmail(workspace);
    const downServer = await startTestSmtpReceiver();
    await downServer.close();

    expect(await deliverDueEmails(options(workspace, downServer.url))).toEqual({ attempted: 1, sent: 0 });
    const failed = await prisma.emailMessage.findUniqueOrThrow({ where: { id: emailId } });
    expect(failed).toMatchObject({ status: "queued", attempts: 1, sentAt: null, leaseOwner: null });
    expect(failed.lastError).toMatch(/^ESOCKET|^ECONNECTION/);
    expect(failed.nextAttemptAt!.getTime() - failed.lastAttemptAt!.getTime()).toBe(30_000);
    expect(await prisma.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).toEqual(invoice);
    expect(logged.find((line) => line.message.includes("will retry"))?.fields).toMatchObject({ emailId, attempts: 1 });

    const backUp = await receiver({ port: downServer.port });
    expect(await deliverDueEmails(options(workspace, backUp.url))).toEqual({ attempted: 0, sent: 0 }); // not due yet
    advanceClock(31_000);
    expect(await deliverDueEmails(options(workspace, backUp.url))).toEqual({ attempted: 1, sent: 1 });
    expect((await backUp.waitFor(1)).map((email) => email.envelopeTo)).toEqual([["customer@example.com"]]);
    expect(await prisma.emailMessage.findUniqueOrThrow({ where: { id: emailId } })).toMatchObject({ status: "sent", attempts: 2, lastError: null });
    expect(await prisma.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).toEqual(invoice);
  });

  it("lets two workers at once send each message exactly once", async () => {
    const workspace = await createTestWorkspace();
    const emails = [await queuedEmail(workspace), await queuedEmail(workspace), await queuedEmail(workspace)];
    const smtp = await receiver();
    const [a, b] = await Promise.all([deliverDueEmails(options(workspace, smtp.url, "worker-a")), deliverDueEmails(options(workspace, smtp.url, "worker-b"))]);
    expect(a.sent + b.sent).toBe(3);
    await smtp.waitFor(3);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(smtp.received).toHaveLength(3);
    const rows = await prisma.emailMessage.findMany({ where: { id: { in: emails.map((email) => email.emailId) } } });
    expect(rows.map((row) => [row.status, row.attempts])).toEqual([
      ["sent", 1],
      ["sent", 1],
      ["sent", 1],
    ]);
  });

  it("stops a pass at the first failure of the server itself, and rests before trying that server again", async () => {
    const workspace = await createTestWorkspace();
    const emails = [await queuedEmail(workspace), await queuedEmail(workspace), await queuedEmail(workspace)];
    const down = await startTestSmtpReceiver();
    await down.close();
    expect(await deliverDueEmails(options(workspace, down.url))).toEqual({ attempted: 1, sent: 0 });
    const attempts = async () =>
      (await prisma.emailMessage.findMany({ where: { id: { in: emails.map((email) => email.emailId) } }, orderBy: { id: "asc" } })).map((row) => row.attempts);
    expect(await attempts()).toEqual([1, 0, 0]);
    expect(await deliverDueEmails(options(workspace, down.url))).toEqual({ attempted: 0, sent: 0 });
    expect(await attempts()).toEqual([1, 0, 0]);

    const backUp = await receiver({ port: down.port });
    advanceClock(31_000);
    expect(await deliverDueEmails(options(workspace, backUp.url))).toEqual({ attempted: 3, sent: 3 });
    expect(await attempts()).toEqual([2, 1, 1]);
  });

  it("takes over a message whose worker died mid-send once its lease expires, and never one still leased", async () => {
    const workspace = await createTestWorkspace();
    const abandoned = await queuedEmail(workspace);
    const inFlight = await queuedEmail(workspace);
    const past = new Date(Date.now() - 1000);
    const future = new Date(Date.now() + 60_000);
    await prisma.emailMessage.update({ where: { id: abandoned.emailId }, data: { leaseOwner: "dead-worker", leaseExpiresAt: past } });
    await prisma.emailMessage.update({ where: { id: inFlight.emailId }, data: { leaseOwner: "busy-worker", leaseExpiresAt: future } });
    const smtp = await receiver();
    expect(await deliverDueEmails(options(workspace, smtp.url, "worker-b"))).toEqual({ attempted: 1, sent: 1 });
    expect(await prisma.emailMessage.findUniqueOrThrow({ where: { id: abandoned.emailId } })).toMatchObject({ status: "sent", leaseOwner: null });
    expect(await prisma.emailMessage.findUniqueOrThrow({ where: { id: inFlight.emailId } })).toMatchObject({
      status: "queued",
      leaseOwner: "busy-worker",
      attempts: 0,
    });
  });

  it("fails a message for good when the server refuses its recipient, and stops retrying after the window", async () => {
    const workspace = await createTestWorkspace();
    const refused = await queuedEmail(workspace);
    const smtp = await receiver({ refuseRecipients: true });
    expect(await deliverDueEmails(options(workspace, smtp.url))).toEqual({ attempted: 1, sent: 0 });
    const row = await prisma.emailMessage.findUniqueOrThrow({ where: { id: refused.emailId } });
    expect(row).toMatchObject({ status: "failed", attempts: 1, nextAttemptAt: null });
    expect(row.lastError).toMatch(/^EENVELOPE 550/);

    const late = await queuedEmail(workspace);
    const down = await startTestSmtpReceiver();
    await down.close();
    await deliverDueEmails({ ...options(workspace, down.url), retryWindowMs: 1000 });
    expect(await prisma.emailMessage.findUniqueOrThrow({ where: { id: late.emailId } })).toMatchObject({ status: "failed", attempts: 1 });
  });

  it("sends nothing without an SMTP URL: messages wait, and the worker's start line says how many", async () => {
    const workspace = await createTestWorkspace();
    const { emailId } = await queuedEmail(workspace);
    expect(await deliverDueEmails({ workerId: "worker-a", workspaceIds: [workspace.workspaceId] })).toEqual({ attempted: 0, sent: 0 });
    expect(await prisma.emailMessage.findUniqueOrThrow({ where: { id: emailId } })).toMatchObject({ status: "queued", attempts: 0 });

    await logEmailOutboxStatus(undefined);
    const waiting = logged.at(-1);
    expect(waiting).toMatchObject({ level: "warn", message: expect.stringContaining("SMTP_URL is not set") });
    expect(waiting?.fields.queued).toBeGreaterThanOrEqual(1);

    await logEmailOutboxStatus("smtp://mailer:hunter2-secret@mail.example.test:2525");
    expect(logged.at(-1)).toMatchObject({ level: "info", fields: { smtp: "smtp://mail.example.test:2525" } });
    expect(JSON.stringify(logged)).not.toContain("hunter2-secret");
  });
});
