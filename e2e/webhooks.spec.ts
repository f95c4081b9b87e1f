// Events of what customers do in the portal reach the merchant's endpoint, signed, through the
// background worker — including a retry after the receiver failed twice.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { verifyWebhook } from "../lib/sdk/verify-webhook";
import { advanceServerClock, expect, navigateTo, signedCall, test, serverClockOffsetMs } from "./fixtures";

type Received = { type: string; object: { id: string }; verified: boolean };

async function startReceiver(secretRef: { secret: string }, failFirst = 0) {
  const received: Received[] = [];
  let failuresLeft = failFirst;
  let attempts = 0;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      attempts++;
      if (failuresLeft > 0) {
        failuresLeft--;
        response.writeHead(503).end();
        return;
      }
      const body = Buffer.concat(chunks).toString("utf8");
      let verified = true;
      let event = JSON.parse(body) as { type: string; data: { object: { id: string } } };
      try {
        event = verifyWebhook(body, request.headers["x-plugipay-signature"] as string, secretRef.secret, { now: () => Date.now() + serverClockOffsetMs() });
      } catch {
        verified = false;
      }
      received.push({ type: event.type, object: event.data.object, verified });
      response.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/plugipay`;
  return { received, url, attempts: () => attempts, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

test.describe("webhooks", () => {
  test("a real receiver gets, verifies and records the events of a portal cancel, a card added and an invoice paid", async ({ page, request, acme, portalAs }) => {
    const secretRef = { secret: "" };
    const receiver = await startReceiver(secretRef);
    try {
      const created = await signedCall(request, {
        key: acme.keys[0]!,
        path: "/v1/webhooks",
        body: { url: receiver.url, events: ["subscription.cancelled", "payment_method.attached", "invoice.paid"] },
      });
      expect(created.status).toBe(201);
      secretRef.secret = created.json.data.secret;

      await portalAs(0);
      await page.getByRole("link", { name: "Manage Pro subscription" }).click();
      await page.getByRole("link", { name: "Cancel subscription" }).click();
      await page.getByRole("button", { name: /^Cancel subscription on / }).click();
      await expect(page.getByRole("main").getByRole("status")).toContainText("set to cancel");
      await navigateTo(page, "Payment methods");
      await page.getByRole("link", { name: "Add a card" }).click();
      await page.getByLabel("Card number").fill("5555 5555 5555 4444");
      await page.getByLabel("Expiry (MM / YY)").fill("12 / 34");
      await page.getByLabel("Security code").fill("123");
      await page.getByLabel("Use as my default card").uncheck();
      await page.getByRole("button", { name: "Add card" }).click();
      await navigateTo(page, "Invoices");
      await page.getByRole("link", { name: "INV-000003" }).click();
      await page.getByRole("button", { name: "Pay $69.00" }).click();
      await expect(page.getByRole("main").getByRole("status")).toContainText("paid");

      await expect.poll(() => receiver.received.map((event) => event.type).sort(), { timeout: 15_000 }).toEqual([
        "invoice.paid",
        "payment_method.attached",
        "subscription.cancelled",
      ]);
      expect(receiver.received.every((event) => event.verified)).toBe(true);
      expect(receiver.received.find((event) => event.type === "subscription.cancelled")?.object.id).toMatch(/^sub_/);
    } finally {
      await receiver.close();
    }
  });

  test("retries after the receiver fails twice, with backoff, and delivers once", async ({ page, request, acme, portalAs }) => {
    const secretRef = { secret: "" };
    const receiver = await startReceiver(secretRef, 2);
    try {
      const created = await signedCall(request, { key: acme.keys[0]!, path: "/v1/webhooks", body: { url: receiver.url, events: ["subscription.updated"] } });
      secretRef.secret = created.json.data.secret;
      await portalAs(2);
      await page.getByRole("link", { name: "Manage Starter subscription" }).click();
      await page.getByRole("button", { name: "Resume subscription" }).click();
      await expect(page.getByRole("main").getByRole("status")).toContainText("continue");
      await expect.poll(receiver.attempts, { timeout: 10_000 }).toBe(1);
      advanceServerClock(2 * 60 * 1000);
      await expect.poll(receiver.attempts, { timeout: 10_000 }).toBe(2);
      advanceServerClock(10 * 60 * 1000);
      await expect.poll(() => receiver.received.length, { timeout: 10_000 }).toBe(1);
      expect(receiver.received[0]).toMatchObject({ type: "subscription.updated", verified: true });
      const deliveries = await signedCall(request, { key: acme.keys[0]!, path: `/v1/webhooks/${created.json.data.id}/deliveries` });
      expect(deliveries.json.data[0]).toMatchObject({ status: "succeeded", attempts: 3 });
      expect(deliveries.json.data[0].attemptLog.map((attempt: { responseCode: number }) => attempt.responseCode)).toEqual([503, 503, 200]);
    } finally {
      await receiver.close();
    }
  });
});
