// Events of what customers do in the portal reach the merchant's endpoint, signed, through the
// background worker, in the endpoint's naming (seed or the official SDKs' versioned names, §8.3) —
// including a retry after the receiver failed twice (docs/api.md §8).
// Local only: the receiver listens on this machine's loopback, which only the local e2e server may
// deliver to (WEBHOOK_ALLOW_PRIVATE_TARGETS), and the retry waits are skipped with its clock.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { APIRequestContext } from "@playwright/test";
import { verifyWebhook } from "../lib/sdk/verify-webhook";
import { expect, navigateTo, serverClock, signedCall, submitCard, test, LOCAL_ONLY } from "./fixtures";
import type { E2eKey } from "./kit/resolve-e2e-target";

type Received = { type: string; aggregateType: string; aggregateId: string | null; object: { id: string }; verified: boolean };

type DeliveredEvent = { type: string; data: { aggregateType: string; aggregateId: string | null; object: { id: string } } };

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
      let event = JSON.parse(body) as DeliveredEvent;
      try {
        event = verifyWebhook<DeliveredEvent>(body, request.headers["x-plugipay-signature"] as string, secretRef.secret, { now: serverClock.nowMs });
      } catch {
        verified = false;
      }
      const { aggregateType, aggregateId, object } = event.data;
      received.push({ type: event.type, aggregateType, aggregateId, object, verified });
      response.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/plugipay`;
  return { received, url, attempts: () => attempts, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

type WebhookEndpoint = { id: string; secret: string; eventNaming: string; events: string[] };

/**
 * Versioned names of the three kinds a portal cancel, a card added and a payment cause: the official
 * SDK's (its types.ts) for the subscription and the invoice; its union has no card kind, whose name
 * follows the same plugipay.<aggregate>.<action>.v1 pattern (docs/api.md §8.2).
 */
const SDK_TYPES = ["plugipay.subscription.canceled.v1", "plugipay.payment_method.attached.v1", "plugipay.invoice.paid.v1"] as const;

/** Registered as the official SDK's `webhookEndpoints.create({ url, events })` does: no eventNaming in the body. */
async function registerEndpoint(request: APIRequestContext, key: E2eKey, url: string, events: string[]): Promise<WebhookEndpoint> {
  const created = await signedCall<WebhookEndpoint>(request, { key, path: "/v1/webhooks", body: { url, events } });
  expect(created.status).toBe(201);
  return created.json.data;
}

async function deleteEndpoint(request: APIRequestContext, key: E2eKey, endpoint: WebhookEndpoint | undefined): Promise<void> {
  if (endpoint) expect((await signedCall(request, { key, method: "DELETE", path: `/v1/webhooks/${endpoint.id}` })).status).toBe(200);
}

test.describe("webhooks", { tag: LOCAL_ONLY }, () => {
  test("real receivers get and verify the events of a portal cancel, a card added and an invoice paid, in seed and SDK (versioned) names", async ({
    page,
    request,
    merchant,
    merchantKey,
    openPortalFor,
  }) => {
    const pro = await merchant.plan("Pro", 4900);
    const customer = await merchant.customer();
    const subscription = await merchant.subscription(customer, pro, { billing: "invoice" });
    const [invoice] = (await merchant.client.invoices.list({ subscriptionId: subscription.id })).data;
    const seedSecret = { secret: "" };
    const sdkSecret = { secret: "" };
    const seedReceiver = await startReceiver(seedSecret);
    const sdkReceiver = await startReceiver(sdkSecret);
    const endpoints: WebhookEndpoint[] = [];
    try {
      const seedEndpoint = await registerEndpoint(request, merchantKey, seedReceiver.url, [
        "subscription.cancelled",
        "payment_method.attached",
        "invoice.paid",
      ]);
      endpoints.push(seedEndpoint);
      seedSecret.secret = seedEndpoint.secret;
      const sdkEndpoint = await registerEndpoint(request, merchantKey, sdkReceiver.url, [...SDK_TYPES]);
      endpoints.push(sdkEndpoint);
      sdkSecret.secret = sdkEndpoint.secret;
      expect(sdkEndpoint).toMatchObject({ eventNaming: "versioned", events: [...SDK_TYPES] });

      await openPortalFor(customer);
      await page.getByRole("link", { name: `Manage ${pro.name} subscription` }).click();
      await page.getByRole("link", { name: "Cancel subscription" }).click();
      await page.getByRole("button", { name: /^Cancel subscription on / }).click();
      await expect(page.getByRole("main").getByRole("status")).toContainText(/will be cancelled on [A-Z][a-z]{2} \d{1,2}, \d{4}\./);
      await submitCard(page, "5555 5555 5555 4444", { makeDefault: false });
      await navigateTo(page, "Invoices");
      await page.getByRole("link", { name: invoice!.number }).click();
      await page.getByRole("button", { name: "Pay $49.00" }).click();
      await expect(page.getByRole("main").getByRole("status")).toContainText("paid");
      const [card] = (await merchant.client.paymentMethods.list(customer.id)).data;

      const byType = (events: Received[]) => [...events].sort((left, right) => left.type.localeCompare(right.type));
      await expect.poll(() => byType(sdkReceiver.received).map((event) => event.type), { timeout: 15_000 }).toEqual([...SDK_TYPES].sort());
      expect(byType(sdkReceiver.received)).toEqual([
        {
          type: "plugipay.invoice.paid.v1",
          aggregateType: "invoice",
          aggregateId: invoice!.id,
          object: expect.objectContaining({ id: invoice!.id, status: "paid" }),
          verified: true,
        },
        {
          type: "plugipay.payment_method.attached.v1",
          aggregateType: "payment_method",
          aggregateId: card!.id,
          object: expect.objectContaining({ id: card!.id, customerId: customer.id, card: expect.objectContaining({ last4: "4444" }) }),
          verified: true,
        },
        {
          type: "plugipay.subscription.canceled.v1",
          aggregateType: "subscription",
          aggregateId: subscription.id,
          object: expect.objectContaining({ id: subscription.id }),
          verified: true,
        },
      ]);
      await expect
        .poll(() => byType(seedReceiver.received).map((event) => event.type), { timeout: 15_000 })
        .toEqual(["invoice.paid", "payment_method.attached", "subscription.cancelled"]);
      expect(seedReceiver.received.every((event) => event.verified)).toBe(true);
      expect(byType(seedReceiver.received).map((event) => event.aggregateId)).toEqual([invoice!.id, card!.id, subscription.id]);
    } finally {
      for (const endpoint of endpoints) await deleteEndpoint(request, merchantKey, endpoint);
      await seedReceiver.close();
      await sdkReceiver.close();
    }
  });

  test("retries after the receiver fails twice, with backoff, and delivers once", async ({ page, request, merchant, merchantKey, openPortalFor }) => {
    const starter = await merchant.plan("Starter", 1900);
    const customer = await merchant.customer("Alan Turing");
    await merchant.subscription(customer, starter, { billing: "invoice", cancelAtPeriodEnd: true });
    const secretRef = { secret: "" };
    const receiver = await startReceiver(secretRef, 2);
    let endpoint: WebhookEndpoint | undefined;
    try {
      endpoint = await registerEndpoint(request, merchantKey, receiver.url, ["subscription.updated"]);
      secretRef.secret = endpoint.secret;
      await openPortalFor(customer);
      await page.getByRole("link", { name: `Manage ${starter.name} subscription` }).click();
      await page.getByRole("button", { name: "Resume subscription" }).click();
      await expect(page.getByRole("main").getByRole("status")).toContainText("continue");
      await expect.poll(receiver.attempts, { timeout: 10_000 }).toBe(1);
      serverClock.advance(2 * 60 * 1000);
      await expect.poll(receiver.attempts, { timeout: 10_000 }).toBe(2);
      serverClock.advance(10 * 60 * 1000);
      await expect.poll(() => receiver.received.length, { timeout: 10_000 }).toBe(1);
      expect(receiver.received[0]).toMatchObject({ type: "subscription.updated", verified: true });
      serverClock.reset();
      const deliveries = await signedCall<{ status: string; attempts: number; attemptLog: { responseCode: number }[] }[]>(request, {
        key: merchantKey,
        path: `/v1/webhooks/${endpoint.id}/deliveries`,
      });
      expect(deliveries.json.data[0]).toMatchObject({ status: "succeeded", attempts: 3 });
      expect(deliveries.json.data[0]!.attemptLog.map((attempt) => attempt.responseCode)).toEqual([503, 503, 200]);
    } finally {
      serverClock.reset();
      await deleteEndpoint(request, merchantKey, endpoint);
      await receiver.close();
    }
  });
});
