// The claim step of the delivery worker against a real database (SQLite, and PostgreSQL in npm test's
// second pass): one statement claims a pass, and racing workers split what they both found.
import { describe, expect, it } from "vitest";
import { prisma } from "../db";
import { nowMs } from "../clock";
import { TEST_CARDS } from "../processor";
import { attachCard } from "../payment-methods/attach-card";
import { createSubscribedCustomer } from "../testing/portal-fixtures";
import { claimDeliveries } from "./claim-due-deliveries";
import { createTestEndpoint } from "./deliver-test-receiver";

const SECOND = 1000;
const MASTERCARD = { number: TEST_CARDS.mastercard.number, expMonth: 11, expYear: 2033, cvc: "123" };

describe("claimDeliveries", () => {
  it("claims a pass in one statement: racing claims of the same deliveries split them, and a stale attempt count claims nothing", async () => {
    const { tenant, customerId } = await createSubscribedCustomer();
    const endpoint = await createTestEndpoint(tenant, "http://127.0.0.1:9/never-posted");
    for (let i = 0; i < 4; i++) await attachCard(tenant, customerId, MASTERCARD, { makeDefault: false });
    const deliveries = await prisma.webhookDelivery.findMany({ where: { endpointId: endpoint.id }, orderBy: { id: "asc" } });
    expect(deliveries).toHaveLength(4);

    expect(await claimDeliveries([{ id: deliveries[0]!.id, attempts: 1 }], "worker-late", 60 * SECOND)).toEqual(new Set());
    const claimedFrom = nowMs();
    const [first, second] = await Promise.all([claimDeliveries(deliveries, "worker-a", 60 * SECOND), claimDeliveries(deliveries, "worker-b", 60 * SECOND)]);
    expect([...first].filter((id) => second.has(id))).toEqual([]);
    expect(new Set([...first, ...second])).toEqual(new Set(deliveries.map((delivery) => delivery.id)));
    const owners = await prisma.webhookDelivery.findMany({ where: { endpointId: endpoint.id }, select: { id: true, leaseOwner: true, leaseExpiresAt: true } });
    for (const owner of owners) {
      expect(owner.leaseOwner).toBe(first.has(owner.id) ? "worker-a" : "worker-b");
      expect(owner.leaseExpiresAt!.getTime()).toBeGreaterThanOrEqual(claimedFrom + 60 * SECOND);
      expect(owner.leaseExpiresAt!.getTime()).toBeLessThanOrEqual(nowMs() + 60 * SECOND);
    }
    expect(await claimDeliveries(deliveries, "worker-c", 60 * SECOND)).toEqual(new Set());
  });
});
