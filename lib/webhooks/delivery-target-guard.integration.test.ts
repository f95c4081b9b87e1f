// The target guard at delivery time (docs/api.md §8.9), on a real database and a real receiver on
// 127.0.0.1: with WEBHOOK_ALLOW_PRIVATE_TARGETS unset, as in a deployment, an endpoint saved while the
// rules allowed loopback gets nothing, and its delivery shows only the generic "connection failed".
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "../db";
import { cancelSubscription } from "../subscriptions/cancel-subscription";
import { createSubscribedCustomer } from "../testing/portal-fixtures";
import { withPrivateTargetsRefused } from "../testing/private-targets";
import { deliverDueWebhooks } from "./deliver-due-webhooks";
import { createTestEndpoint, startTestReceiver, type TestReceiver } from "./deliver-test-receiver";

let receiver: TestReceiver;
beforeAll(async () => {
  receiver = await startTestReceiver();
});
afterAll(async () => {
  await receiver.close();
});

describe("webhook targets at delivery", () => {
  it("sends nothing to a loopback endpoint when private targets are not allowed, and says only 'connection failed'", async () => {
    const { tenant, subscription, customerId } = await createSubscribedCustomer();
    const endpoint = await createTestEndpoint(tenant, receiver.url("/guarded"));
    await cancelSubscription(tenant, subscription.id, { at: "now", reason: "customer_portal", customerId });

    const deliver = () => deliverDueWebhooks({ workerId: "worker-guard", endpointIds: [endpoint.id] });
    expect(await withPrivateTargetsRefused(deliver)).toEqual({ attempted: 1, claimedByOthers: 0 });
    expect(receiver.requests).toHaveLength(0);
    const delivery = await prisma.webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id }, include: { attemptLog: true } });
    expect(delivery).toMatchObject({ status: "pending", attempts: 1, responseCode: null, lastError: "connection failed" });
    expect(delivery.attemptLog).toMatchObject([{ status: "failed", responseCode: null, error: "connection failed" }]);
  });

  it("delivers to the same receiver where private targets are allowed (this suite's setting)", async () => {
    const { tenant, subscription, customerId } = await createSubscribedCustomer();
    const endpoint = await createTestEndpoint(tenant, receiver.url("/allowed"));
    await cancelSubscription(tenant, subscription.id, { at: "now", reason: "customer_portal", customerId });

    expect(await deliverDueWebhooks({ workerId: "worker-guard", endpointIds: [endpoint.id] })).toEqual({ attempted: 1, claimedByOthers: 0 });
    expect(receiver.accepted("/allowed")).toHaveLength(1);
  });
});
