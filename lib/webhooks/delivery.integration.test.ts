// Webhook delivery end to end against a real SQLite database and a real HTTP receiver: portal-domain
// actions append events, the outbox fans them out to matching endpoints, and deliverDueWebhooks posts
// them signed, retries with backoff, keeps leases, and takes failing endpoints out of service.
import { performance } from "node:perf_hooks";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "../db";
import { advanceClock, now, nowMs, resetClock } from "../clock";
import { TEST_CARDS } from "../processor";
import { verifyWebhook } from "../sdk/verify-webhook";
import { appendEvent } from "../events/append-event";
import { toEventResource } from "../events/event-resource";
import { attachCard } from "../payment-methods/attach-card";
import { payInvoice } from "../invoices/pay-invoice";
import { cancelSubscription } from "../subscriptions/cancel-subscription";
import { resumeSubscription } from "../subscriptions/resume-subscription";
import { createSubscribedCustomer, eventsOf } from "../testing/portal-fixtures";
import { claimDelivery } from "./claim-due-deliveries";
import { deliverDueWebhooks } from "./deliver-due-webhooks";
import { DISABLED_REASON, type DeliverOptions } from "./delivery-settings";
import { createTestEndpoint, startTestReceiver, type ReceivedRequest, type TestEndpoint, type TestReceiver } from "./deliver-test-receiver";

const EVENT_FIELDS = "id type accountId mode occurredAt createdAt publishedAt metadata data".split(" ");
const SECOND = 1000;
const HOUR = 3600 * SECOND;
const MASTERCARD = { number: TEST_CARDS.mastercard.number, expMonth: 11, expYear: 2033, cvc: "123" };

let receiver: TestReceiver;
beforeAll(async () => {
  receiver = await startTestReceiver();
});
afterAll(async () => {
  await receiver.close();
});
afterEach(() => {
  resetClock();
  receiver.requests.length = 0;
  receiver.failNext(0);
  receiver.failAlways(null);
  receiver.delayResponses(0);
});

let paths = 0;
/** A fresh path on the shared receiver, so each endpoint's requests can be told apart. */
function freshPath(): string {
  return `/hook/${++paths}`;
}

function deliver(endpoints: TestEndpoint[], options: Partial<DeliverOptions> = {}) {
  return deliverDueWebhooks({ workerId: "worker-a", ...options, endpointIds: endpoints.map((endpoint) => endpoint.id) });
}

/** Verifies a received request as a merchant would, with the SDK verifier and the endpoint's secret. */
function verified(request: ReceivedRequest, secret: string) {
  return verifyWebhook<{ id: string; type: string; accountId: string; mode: string; occurredAt: string; data: { object: { id: string } } }>(
    request.body,
    request.headers["x-plugipay-signature"] as string,
    secret,
    { now: nowMs },
  );
}

async function deliveriesOf(endpoint: TestEndpoint) {
  return prisma.webhookDelivery.findMany({
    where: { endpointId: endpoint.id },
    include: { attemptLog: { orderBy: { attemptNumber: "asc" } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

describe("fan-out in the outbox transaction", () => {
  it("creates one pending delivery per matching endpoint with the exact event JSON as its body", async () => {
    const { tenant, subscription, customerId } = await createSubscribedCustomer();
    const all = await createTestEndpoint(tenant, receiver.url(freshPath()));
    const subscriptionsOnly = await createTestEndpoint(tenant, receiver.url(freshPath()), { events: ["subscription.cancelled", "subscription.updated"] });
    const invoicesOnly = await createTestEndpoint(tenant, receiver.url(freshPath()), { events: ["invoice.paid"] });
    const before = now();
    await cancelSubscription(tenant, subscription.id, { at: "period_end", reason: "customer_portal", customerId });

    const event = (await eventsOf(tenant)).find((candidate) => candidate.type === "subscription.cancelled")!;
    const stored = await prisma.event.findUniqueOrThrow({ where: { id: event.id } });
    for (const endpoint of [all, subscriptionsOnly]) {
      const [delivery, ...more] = await deliveriesOf(endpoint);
      expect(more).toEqual([]);
      expect(delivery).toMatchObject({ eventId: event.id, eventType: "subscription.cancelled", status: "pending", attempts: 0, leaseOwner: null });
      expect(delivery!.nextAttemptAt!.getTime()).toBeGreaterThanOrEqual(before.getTime());
      expect(delivery!.body).toBe(JSON.stringify(toEventResource(stored)));
      expect(Object.keys(JSON.parse(delivery!.body))).toEqual(EVENT_FIELDS);
    }
    expect(await deliveriesOf(invoicesOnly)).toEqual([]);
  });

  it("creates nothing when the transaction rolls back", async () => {
    const { tenant } = await createSubscribedCustomer();
    const endpoint = await createTestEndpoint(tenant, receiver.url(freshPath()));
    await expect(
      prisma.$transaction(async (tx) => {
        await appendEvent(tx, tenant, "customer.updated", { id: "cus_rolled_back" });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await deliveriesOf(endpoint)).toEqual([]);
  });
});

describe("deliverDueWebhooks", () => {
  it("delivers portal actions' events, signed, once each, with the documented headers", async () => {
    const { tenant, subscription, customerId, invoice } = await createSubscribedCustomer();
    const path = freshPath();
    const endpoint = await createTestEndpoint(tenant, receiver.url(path));

    const startedAt = performance.now();
    await cancelSubscription(tenant, subscription.id, { at: "period_end", reason: "customer_portal", customerId });
    expect(await deliver([endpoint])).toEqual({ attempted: 1, claimedByOthers: 0 });
    const latencyMs = receiver.requests[0]!.receivedAt - startedAt;

    await attachCard(tenant, customerId, MASTERCARD, { makeDefault: true });
    expect(await payInvoice(tenant, invoice.id, { customerId })).toMatchObject({ status: "paid" });
    expect(await deliver([endpoint])).toEqual({ attempted: 3, claimedByOthers: 0 });
    expect(await deliver([endpoint])).toEqual({ attempted: 0, claimedByOthers: 0 });

    const received = receiver.accepted(path);
    const events = received.map((request) => verified(request, endpoint.secret));
    const types = events.map((event) => event.type);
    expect(types[0]).toBe("subscription.cancelled"); // delivered on its own first; the rest concern different objects
    expect(types.slice(1).sort()).toEqual(["customer.updated", "invoice.paid", "payment_method.attached"]);
    const stored = (await eventsOf(tenant)).filter((event) => events.some((delivered) => delivered.id === event.id));
    expect(stored).toHaveLength(4);
    for (const event of events) {
      expect(event).toMatchObject({ accountId: tenant.accountId, mode: "test" });
    }
    expect(events[0]!.data.object.id).toBe(subscription.id);
    expect(events.find((event) => event.type === "invoice.paid")!.data.object.id).toBe(invoice.id); // the last three go out in parallel, in any order

    const deliveries = await deliveriesOf(endpoint);
    expect(deliveries.map((delivery) => delivery.status)).toEqual(["succeeded", "succeeded", "succeeded", "succeeded"]);
    for (const [index, request] of received.entries()) {
      const delivery = deliveries.find((candidate) => candidate.id === request.headers["x-plugipay-delivery-id"])!;
      expect(request.method).toBe("POST");
      expect(request.headers["content-type"]).toBe("application/json");
      expect(request.headers["user-agent"]).toBe("Plugipay-Webhooks/1.0");
      expect(request.headers["x-plugipay-event-id"]).toBe(events[index]!.id);
      expect(request.headers["x-plugipay-signature"]).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
      expect(request.body).toBe(delivery.body);
      expect(delivery).toMatchObject({ attempts: 1, responseCode: 200, lastError: null, leaseOwner: null, leaseExpiresAt: null, nextAttemptAt: null });
      expect(delivery.deliveredAt).not.toBeNull();
      expect(delivery.attemptLog).toMatchObject([{ attemptNumber: 1, status: "succeeded", responseCode: 200, error: null, nextRetryAt: null }]);
      expect(delivery.attemptLog[0]!.durationMs).toBeGreaterThanOrEqual(0);
    }
    console.info(`webhook latency, cancelSubscription start → receipt (direct deliverDueWebhooks call): ${latencyMs.toFixed(1)} ms`);
    expect(latencyMs).toBeLessThan(2000);
  });

  it("retries after failures with the same body, the first retry within a minute, then succeeds", async () => {
    const { tenant, subscription, customerId } = await createSubscribedCustomer();
    const path = freshPath();
    const endpoint = await createTestEndpoint(tenant, receiver.url(path));
    await cancelSubscription(tenant, subscription.id, { at: "now", reason: "customer_portal", customerId });
    receiver.failNext(2, 503);

    expect(await deliver([endpoint])).toEqual({ attempted: 1, claimedByOthers: 0 });
    let [delivery] = await deliveriesOf(endpoint);
    expect(delivery).toMatchObject({ status: "pending", attempts: 1, responseCode: 503, lastError: "HTTP 503", leaseOwner: null });
    const firstRetryIn = delivery!.nextAttemptAt!.getTime() - delivery!.lastAttemptAt!.getTime();
    expect(firstRetryIn).toBeGreaterThanOrEqual(24 * SECOND);
    expect(firstRetryIn).toBeLessThanOrEqual(36 * SECOND);
    let health = await prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(health.consecutiveFailures).toBe(1);
    expect(health.failingSince).toEqual(delivery!.lastAttemptAt);

    expect(await deliver([endpoint])).toEqual({ attempted: 0, claimedByOthers: 0 }); // not due yet
    advanceClock(firstRetryIn + SECOND);
    expect(await deliver([endpoint])).toEqual({ attempted: 1, claimedByOthers: 0 });
    [delivery] = await deliveriesOf(endpoint);
    expect(delivery).toMatchObject({ status: "pending", attempts: 2, lastError: "HTTP 503" });
    const secondRetryIn = delivery!.nextAttemptAt!.getTime() - delivery!.lastAttemptAt!.getTime();
    expect(secondRetryIn).toBeGreaterThanOrEqual(96 * SECOND);
    expect(secondRetryIn).toBeLessThanOrEqual(144 * SECOND);
    health = await prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(health.consecutiveFailures).toBe(2);

    advanceClock(secondRetryIn + SECOND);
    expect(await deliver([endpoint])).toEqual({ attempted: 1, claimedByOthers: 0 });
    [delivery] = await deliveriesOf(endpoint);
    expect(delivery).toMatchObject({ status: "succeeded", attempts: 3, responseCode: 200, lastError: null, nextAttemptAt: null });
    expect(delivery!.attemptLog.map((attempt) => [attempt.attemptNumber, attempt.status, attempt.responseCode, attempt.error])).toEqual([
      [1, "failed", 503, "HTTP 503"],
      [2, "failed", 503, "HTTP 503"],
      [3, "succeeded", 200, null],
    ]);
    expect(delivery!.attemptLog[0]!.nextRetryAt).toEqual(new Date(delivery!.attemptLog[0]!.attemptedAt.getTime() + firstRetryIn));
    expect(delivery!.attemptLog[2]!.nextRetryAt).toBeNull();
    health = await prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(health).toMatchObject({ consecutiveFailures: 0, failingSince: null, status: "enabled" });

    const requests = receiver.requests.filter((request) => request.path === path);
    expect(requests.map((request) => request.answered)).toEqual([503, 503, 200]);
    expect(new Set(requests.map((request) => request.body)).size).toBe(1);
    expect(new Set(requests.map((request) => request.headers["x-plugipay-delivery-id"])).size).toBe(1);
    expect(new Set(requests.map((request) => request.headers["x-plugipay-signature"])).size).toBe(3); // fresh t each time
    for (const request of requests) expect(verified(request, endpoint.secret).type).toBe("subscription.cancelled");
  });

  it("keeps events about one object in order per endpoint, without holding up other objects", async () => {
    const { tenant, subscription, customerId } = await createSubscribedCustomer();
    const path = freshPath();
    const endpoint = await createTestEndpoint(tenant, receiver.url(path));
    await cancelSubscription(tenant, subscription.id, { at: "period_end", reason: "customer_portal", customerId });
    await resumeSubscription(tenant, subscription.id, { customerId });
    await attachCard(tenant, customerId, MASTERCARD, { makeDefault: false });
    receiver.failNext(1);

    // One at a time, oldest first: the cancellation fails; the resume (same subscription) waits; the card goes.
    expect(await deliver([endpoint], { concurrency: 1 })).toEqual({ attempted: 2, claimedByOthers: 0 });
    expect(receiver.requests.map((request) => [JSON.parse(request.body).type, request.answered])).toEqual([
      ["subscription.cancelled", 503],
      ["payment_method.attached", 200],
    ]);
    expect(await deliver([endpoint], { concurrency: 1 })).toEqual({ attempted: 0, claimedByOthers: 0 });
    advanceClock(40 * SECOND);
    expect(await deliver([endpoint], { concurrency: 1 })).toEqual({ attempted: 1, claimedByOthers: 0 });
    expect(await deliver([endpoint], { concurrency: 1 })).toEqual({ attempted: 1, claimedByOthers: 0 });
    expect(receiver.accepted(path).map((request) => JSON.parse(request.body).type)).toEqual([
      "payment_method.attached",
      "subscription.cancelled",
      "subscription.updated",
    ]);
  });

  it("lets two racing workers deliver each event exactly once", async () => {
    const { tenant, customerId } = await createSubscribedCustomer();
    const path = freshPath();
    const endpoint = await createTestEndpoint(tenant, receiver.url(path));
    for (let i = 0; i < 6; i++) await attachCard(tenant, customerId, MASTERCARD, { makeDefault: false });
    receiver.delayResponses(20);

    const results = await Promise.all([
      deliver([endpoint], { workerId: "worker-a", concurrency: 3 }),
      deliver([endpoint], { workerId: "worker-b", concurrency: 3 }),
      deliver([endpoint], { workerId: "worker-c", concurrency: 3 }),
    ]);
    expect(results.reduce((sum, result) => sum + result.attempted, 0)).toBe(6);
    // Each saw the same six candidates: what it did not attempt, another worker had claimed first,
    // and it says so (the worker then looks again at once rather than sleeping).
    for (const result of results) expect(result.attempted + result.claimedByOthers).toBe(6);
    expect(await deliver([endpoint])).toEqual({ attempted: 0, claimedByOthers: 0 });
    const deliveryIds = receiver.requests.map((request) => request.headers["x-plugipay-delivery-id"]);
    expect(deliveryIds).toHaveLength(6);
    expect(new Set(deliveryIds).size).toBe(6);
    const deliveries = await deliveriesOf(endpoint);
    expect(deliveries.every((delivery) => delivery.status === "succeeded" && delivery.attempts === 1 && delivery.attemptLog.length === 1)).toBe(true);
  });

  it("loses nothing when a worker dies holding a lease: another takes over once it expires", async () => {
    const { tenant, subscription, customerId } = await createSubscribedCustomer();
    const path = freshPath();
    const endpoint = await createTestEndpoint(tenant, receiver.url(path));
    await cancelSubscription(tenant, subscription.id, { at: "now", reason: "customer_portal", customerId });
    const [pending] = await deliveriesOf(endpoint);

    expect(await claimDelivery(pending!.id, "worker-dead")).toBe(true);
    expect(await claimDelivery(pending!.id, "worker-b")).toBe(false);
    // …and worker-dead is killed before it posts anything.
    expect(await deliver([endpoint], { workerId: "worker-b" })).toEqual({ attempted: 0, claimedByOthers: 0 });
    advanceClock(59 * SECOND);
    expect(await deliver([endpoint], { workerId: "worker-b" })).toEqual({ attempted: 0, claimedByOthers: 0 });
    advanceClock(2 * SECOND);
    expect(await deliver([endpoint], { workerId: "worker-b" })).toEqual({ attempted: 1, claimedByOthers: 0 });

    const [delivery] = await deliveriesOf(endpoint);
    expect(delivery).toMatchObject({ status: "succeeded", attempts: 1, leaseOwner: null, leaseExpiresAt: null });
    expect(receiver.accepted(path)).toHaveLength(1);
  });

  it("records a timeout as a failed attempt", async () => {
    const { tenant, subscription, customerId } = await createSubscribedCustomer();
    const path = freshPath();
    const endpoint = await createTestEndpoint(tenant, receiver.url(path));
    await cancelSubscription(tenant, subscription.id, { at: "now", reason: "customer_portal", customerId });
    receiver.delayResponses(1000);

    const started = performance.now();
    expect(await deliver([endpoint], { timeoutMs: 150 })).toEqual({ attempted: 1, claimedByOthers: 0 });
    expect(performance.now() - started).toBeLessThan(900);
    const [delivery] = await deliveriesOf(endpoint);
    expect(delivery).toMatchObject({ status: "pending", attempts: 1, responseCode: null, lastError: "timed out after 150ms" });
    expect(delivery!.attemptLog[0]).toMatchObject({ status: "failed", responseCode: null, error: "timed out after 150ms" });
    expect(delivery!.attemptLog[0]!.durationMs).toBeGreaterThanOrEqual(100);
    expect(delivery!.attemptLog[0]!.durationMs).toBeLessThan(900);
  });

  it("records a connection failure as a generic 'connection failed', without the address, port or secret", async () => {
    const { tenant, subscription, customerId } = await createSubscribedCustomer();
    const closed = await startTestReceiver();
    const url = closed.url("/gone");
    await closed.close();
    const endpoint = await createTestEndpoint(tenant, url);
    await cancelSubscription(tenant, subscription.id, { at: "now", reason: "customer_portal", customerId });

    expect(await deliver([endpoint])).toEqual({ attempted: 1, claimedByOthers: 0 });
    const [delivery] = await deliveriesOf(endpoint);
    expect(delivery).toMatchObject({ status: "pending", attempts: 1, responseCode: null });
    expect(delivery!.lastError).toBe("connection failed");
    expect(delivery!.attemptLog[0]).toMatchObject({ status: "failed", responseCode: null, error: "connection failed" });
    expect(delivery!.lastError).not.toContain(endpoint.secret);
  });

  it("fails a delivery for good 72 hours after it was created, and marks the endpoint errored", async () => {
    const { tenant, subscription, customerId } = await createSubscribedCustomer();
    const path = freshPath();
    const endpoint = await createTestEndpoint(tenant, receiver.url(path));
    await cancelSubscription(tenant, subscription.id, { at: "now", reason: "customer_portal", customerId });
    receiver.failAlways(500);

    for (let pass = 0; pass < 40; pass++) {
      const [delivery] = await deliveriesOf(endpoint);
      if (delivery!.status !== "pending") break;
      advanceClock(Math.max(0, delivery!.nextAttemptAt!.getTime() - nowMs()) + SECOND);
      expect(await deliver([endpoint])).toEqual({ attempted: 1, claimedByOthers: 0 });
    }
    const [delivery] = await deliveriesOf(endpoint);
    expect(delivery).toMatchObject({ status: "failed", nextAttemptAt: null, responseCode: 500, lastError: "HTTP 500" });
    const deadline = delivery!.createdAt.getTime() + 72 * HOUR;
    expect(delivery!.attempts).toBeGreaterThan(8);
    expect(delivery!.attemptLog).toHaveLength(delivery!.attempts);
    expect(delivery!.attemptLog.every((attempt) => attempt.attemptedAt.getTime() <= deadline)).toBe(true);
    expect(delivery!.attemptLog.at(-1)!.nextRetryAt).toBeNull();
    expect(delivery!.attemptLog.at(-2)!.nextRetryAt).not.toBeNull();
    // The last attempt is the one whose next retry (at most 12 h + 20 %) would have fallen past the window.
    expect(delivery!.attemptLog.at(-1)!.attemptedAt.getTime()).toBeGreaterThan(deadline - 1.2 * 12 * HOUR);
    const health = await prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(health).toMatchObject({ status: "errored", consecutiveFailures: delivery!.attempts, disabledAt: null });
    expect((await eventsOf(tenant)).some((event) => event.type === "webhook_endpoint.disabled")).toBe(false);

    // An errored endpoint gets neither new deliveries nor attempts.
    await attachCard(tenant, customerId, MASTERCARD, { makeDefault: false });
    expect(await deliveriesOf(endpoint)).toHaveLength(1);
    expect(receiver.requests.filter((request) => request.path === path)).toHaveLength(delivery!.attempts);
  });

  it("disables an endpoint after its failure streak, announces it, and resumes once re-enabled", async () => {
    const { tenant, subscription, customerId } = await createSubscribedCustomer();
    const failingPath = freshPath();
    const watcherPath = freshPath();
    const failing = await createTestEndpoint(tenant, receiver.url(failingPath));
    const watcher = await createTestEndpoint(tenant, receiver.url(watcherPath), { events: ["webhook_endpoint.disabled"] });
    await cancelSubscription(tenant, subscription.id, { at: "now", reason: "customer_portal", customerId });
    receiver.failAlways(502);
    const thresholds = { disableAfterFailures: 3, disableAfterMs: 5 * 60 * SECOND, retryDelaysMs: [60 * SECOND], random: () => 0.5 };

    let enabledWithLongCount = false;
    for (let pass = 0; pass < 20; pass++) {
      expect(await deliver([failing], thresholds)).toEqual({ attempted: 1, claimedByOthers: 0 });
      const health = await prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: failing.id } });
      if (health.status === "disabled") break;
      if (health.consecutiveFailures >= 3) enabledWithLongCount = true; // count alone is not enough: the streak must span 5 minutes
      advanceClock(61 * SECOND);
    }
    expect(enabledWithLongCount).toBe(true);
    const disabled = await prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: failing.id } });
    expect(disabled).toMatchObject({ status: "disabled", active: true, disabledReason: DISABLED_REASON });
    expect(disabled.disabledAt!.getTime() - disabled.failingSince!.getTime()).toBeGreaterThanOrEqual(5 * 60 * SECOND);
    expect(DISABLED_REASON).toBe("20 consecutive failed deliveries over 24 hours");

    const announcement = (await eventsOf(tenant)).find((event) => event.type === "webhook_endpoint.disabled");
    expect(announcement?.data.object).toMatchObject({ id: failing.id, status: "disabled", disabledReason: DISABLED_REASON });
    expect(JSON.stringify(announcement)).not.toContain(failing.secret);
    receiver.failAlways(null);
    expect(await deliver([watcher])).toEqual({ attempted: 1, claimedByOthers: 0 });
    expect(verified(receiver.accepted(watcherPath)[0]!, watcher.secret)).toMatchObject({
      type: "webhook_endpoint.disabled",
      data: { object: { id: failing.id } },
    });

    // While disabled: its pending delivery waits, and new events are not queued for it.
    const attemptsWhenDisabled = receiver.requests.filter((request) => request.path === failingPath).length;
    advanceClock(HOUR);
    expect(await deliver([failing], thresholds)).toEqual({ attempted: 0, claimedByOthers: 0 });
    await attachCard(tenant, customerId, MASTERCARD, { makeDefault: false });
    expect((await deliveriesOf(failing)).map((delivery) => delivery.status)).toEqual(["pending"]);

    // Re-enabled (as PATCH {active:true} does): the pending delivery goes out.
    await prisma.webhookEndpoint.update({
      where: { id: failing.id },
      data: { status: "enabled", active: true, consecutiveFailures: 0, failingSince: null, disabledAt: null, disabledReason: null },
    });
    expect(await deliver([failing], thresholds)).toEqual({ attempted: 1, claimedByOthers: 0 });
    expect(receiver.requests.filter((request) => request.path === failingPath)).toHaveLength(attemptsWhenDisabled + 1);
    expect(verified(receiver.accepted(failingPath)[0]!, failing.secret).type).toBe("subscription.cancelled");
    expect((await deliveriesOf(failing)).map((delivery) => delivery.status)).toEqual(["succeeded"]);
  });

  it("holds a paused endpoint's deliveries until it is active again", async () => {
    const { tenant, subscription, customerId } = await createSubscribedCustomer();
    const path = freshPath();
    const endpoint = await createTestEndpoint(tenant, receiver.url(path));
    await cancelSubscription(tenant, subscription.id, { at: "now", reason: "customer_portal", customerId });
    await prisma.webhookEndpoint.update({ where: { id: endpoint.id }, data: { active: false } });
    expect(await deliver([endpoint])).toEqual({ attempted: 0, claimedByOthers: 0 });
    await prisma.webhookEndpoint.update({ where: { id: endpoint.id }, data: { active: true } });
    expect(await deliver([endpoint])).toEqual({ attempted: 1, claimedByOthers: 0 });
    expect(receiver.accepted(path)).toHaveLength(1);
  });

  it("signs with both secrets while a rotated-out secret is still valid", async () => {
    const { tenant, subscription, customerId } = await createSubscribedCustomer();
    const path = freshPath();
    const endpoint = await createTestEndpoint(tenant, receiver.url(path), {
      previousSecret: { secret: "whsec_previous_secret_0123456789abc", expiresAt: new Date(nowMs() + HOUR) },
    });
    await cancelSubscription(tenant, subscription.id, { at: "period_end", reason: "customer_portal", customerId });
    expect(await deliver([endpoint])).toEqual({ attempted: 1, claimedByOthers: 0 });
    const [rotating] = receiver.accepted(path);
    const header = rotating!.headers["x-plugipay-signature"] as string;
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64},v1=[0-9a-f]{64}$/);
    expect(verified(rotating!, endpoint.secret).type).toBe("subscription.cancelled");
    const [t, previousEntry] = header.split(",");
    expect(verifyWebhook(rotating!.body, `${t},${previousEntry}`, "whsec_previous_secret_0123456789abc", { now: nowMs })).toBeTruthy();

    advanceClock(HOUR + SECOND);
    await resumeSubscription(tenant, subscription.id, { customerId });
    expect(await deliver([endpoint])).toEqual({ attempted: 1, claimedByOthers: 0 });
    const after = receiver.accepted(path)[1]!;
    expect(after.headers["x-plugipay-signature"]).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verified(after, endpoint.secret).type).toBe("subscription.updated");
  });

  it("delivers nothing to another workspace's or mode's endpoints, nor for types an endpoint did not ask for", async () => {
    const mine = await createSubscribedCustomer();
    const theirs = await createSubscribedCustomer();
    const paths = { all: freshPath(), invoices: freshPath(), live: freshPath(), other: freshPath(), paused: freshPath() };
    const all = await createTestEndpoint(mine.tenant, receiver.url(paths.all));
    const invoices = await createTestEndpoint(mine.tenant, receiver.url(paths.invoices), { events: ["invoice.paid"] });
    const live = await createTestEndpoint(mine.tenant, receiver.url(paths.live), { mode: "live" });
    const other = await createTestEndpoint(theirs.tenant, receiver.url(paths.other));
    const paused = await createTestEndpoint(mine.tenant, receiver.url(paths.paused), { active: false });
    const endpoints = [all, invoices, live, other, paused];

    await cancelSubscription(mine.tenant, mine.subscription.id, { at: "period_end", reason: "customer_portal", customerId: mine.customerId });
    await payInvoice(mine.tenant, mine.invoice.id, { customerId: mine.customerId });
    await prisma.webhookEndpoint.update({ where: { id: paused.id }, data: { active: true } });
    expect(await deliver(endpoints)).toEqual({ attempted: 3, claimedByOthers: 0 });

    const typesAt = (path: string) => receiver.accepted(path).map((request) => JSON.parse(request.body).type);
    // Two different objects: delivered concurrently, so in no guaranteed order between them.
    expect(typesAt(paths.all).sort()).toEqual(["invoice.paid", "subscription.cancelled"]);
    expect(typesAt(paths.invoices)).toEqual(["invoice.paid"]);
    expect(typesAt(paths.live)).toEqual([]);
    expect(typesAt(paths.other)).toEqual([]);
    expect(typesAt(paths.paused)).toEqual([]);
    for (const endpoint of [live, other, paused]) expect(await deliveriesOf(endpoint)).toEqual([]);
    for (const request of receiver.accepted(paths.invoices)) expect(verified(request, invoices.secret).accountId).toBe(mine.tenant.accountId);
    expect(() => verified(receiver.accepted(paths.invoices)[0]!, all.secret)).toThrow();
  });
});
