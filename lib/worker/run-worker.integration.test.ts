// The worker loop against a real database and receiver: it delivers what portal actions append
// without being asked, keeps going after a failing task, and stops when its signal aborts.
import { performance } from "node:perf_hooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "../db";
import { nowMs } from "../clock";
import { verifyWebhook } from "../sdk/verify-webhook";
import { cancelSubscription } from "../subscriptions/cancel-subscription";
import { resumeSubscription } from "../subscriptions/resume-subscription";
import { createSubscribedCustomer } from "../testing/portal-fixtures";
import { createTestEndpoint, startTestReceiver, type TestReceiver } from "../webhooks/deliver-test-receiver";
import { defaultWorkerTasks, runWorker, type WorkerTask } from "./run-worker";

let receiver: TestReceiver;
beforeAll(async () => {
  receiver = await startTestReceiver();
});
afterAll(async () => {
  await receiver.close();
});

describe("runWorker", () => {
  it("delivers appended events on its own, soon after they happen, and stops on abort", async () => {
    const { tenant, subscription, customerId } = await createSubscribedCustomer();
    const endpoint = await createTestEndpoint(tenant, receiver.url("/worker"));
    const controller = new AbortController();
    const runs: string[] = [];
    const tasks: WorkerTask[] = defaultWorkerTasks({ webhooks: { endpointIds: [endpoint.id] } }).map((task) => ({
      ...task,
      run: async (context) => {
        runs.push(task.name);
        return task.run(context);
      },
    }));
    const stopped = runWorker({ workerId: "worker-loop", pollIntervalMs: 50, signal: controller.signal, tasks });

    const latencies: number[] = [];
    for (let i = 0; i < 3; i++) {
      const startedAt = performance.now();
      if (i % 2 === 0) await cancelSubscription(tenant, subscription.id, { at: "period_end", reason: "customer_portal", customerId });
      else await resumeSubscription(tenant, subscription.id, { customerId });
      await receiver.waitFor((requests) => requests.length === i + 1);
      latencies.push(receiver.requests[i]!.receivedAt - startedAt);
    }
    controller.abort();
    const stopStarted = performance.now();
    await stopped;
    const stopMs = performance.now() - stopStarted;

    expect(receiver.requests.map((request) => JSON.parse(request.body).type)).toEqual([
      "subscription.cancelled",
      "subscription.updated",
      "subscription.cancelled",
    ]);
    for (const request of receiver.requests) {
      expect(verifyWebhook(request.body, request.headers["x-plugipay-signature"] as string, endpoint.secret, { now: nowMs })).toBeTruthy();
    }
    expect(runs).toContain("billing");
    expect(runs.filter((name) => name === "idempotency-cleanup")).toHaveLength(1); // every few minutes, not every pass
    // Bounds far above the expected figures (tens of ms) so a loaded CI machine cannot flake them, and
    // far below what a broken worker would show (the first retry waits 30 s; a stuck loop never stops).
    expect(stopMs).toBeLessThan(5000);
    const statuses = await prisma.webhookDelivery.findMany({ where: { endpointId: endpoint.id }, select: { status: true } });
    expect(statuses.every((delivery) => delivery.status === "succeeded")).toBe(true);
    console.info(`webhook latency through the worker (poll 50 ms), action start → receipt: ${latencies.map((ms) => ms.toFixed(1)).join(", ")} ms`);
    expect(Math.max(...latencies)).toBeLessThan(10_000);
  });

  it("logs a failing task and keeps going", async () => {
    const controller = new AbortController();
    let failures = 0;
    let passes = 0;
    const tasks: WorkerTask[] = [
      {
        name: "flaky",
        run: async () => {
          if (failures++ === 0) throw new Error("database is locked");
          return 0;
        },
      },
      {
        name: "counter",
        run: async () => {
          if (++passes === 2) controller.abort();
          return 0;
        },
      },
    ];
    const started = performance.now();
    await runWorker({ workerId: "worker-flaky", pollIntervalMs: 10, signal: controller.signal, tasks });
    expect(passes).toBe(2);
    expect(failures).toBe(2);
    expect(performance.now() - started).toBeGreaterThanOrEqual(1900); // pauses after an error
  });

  it("asks a task that found nothing again only after a poll interval, while another keeps it busy", async () => {
    const controller = new AbortController();
    let busyPasses = 0;
    let idlePasses = 0;
    const tasks: WorkerTask[] = [
      { name: "busy", run: async () => (++busyPasses >= 2000 ? (controller.abort(), 1) : 1) },
      { name: "idle", run: async () => (++idlePasses, 0) },
    ];
    const started = performance.now();
    await runWorker({ workerId: "worker-busy", pollIntervalMs: 200, signal: controller.signal, tasks });
    const elapsedMs = performance.now() - started;
    expect(busyPasses).toBeGreaterThan(10);
    // Once at the start, then once per 200 ms that passed.
    expect(idlePasses).toBeGreaterThanOrEqual(1);
    expect(idlePasses).toBeLessThanOrEqual(Math.floor(elapsedMs / 200) + 1);
    expect(idlePasses).toBeLessThan(busyPasses / 5);
  });

  it("does not start a pass once aborted", async () => {
    const controller = new AbortController();
    controller.abort();
    let ran = false;
    await runWorker({ signal: controller.signal, tasks: [{ name: "never", run: async () => ((ran = true), 0) }] });
    expect(ran).toBe(false);
  });
});
