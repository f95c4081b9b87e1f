// Claim step of the delivery worker (docs/api.md §8): find the due deliveries, keep events about one
// object in order per endpoint, and claim each with a lease. Claiming is portable to SQLite and
// PostgreSQL: a conditional updateMany that only one worker can win.
import "server-only";
import { prisma } from "../db";
import { now } from "../clock";
import { LEASE_MS, type DeliveryCandidate, type DeliverySettings } from "./delivery-settings";

/**
 * The due deliveries this pass may attempt, oldest first: pending, due, unleased (or lease expired),
 * of active and enabled endpoints, and none waiting behind an older delivery about the same object.
 */
export async function findDeliveryCandidates(settings: DeliverySettings): Promise<DeliveryCandidate[]> {
  const due = await findDueDeliveries(settings);
  if (due.length === 0) return [];
  return keepObjectOrder(due, await findOlderPending(due));
}

/**
 * Claims one delivery for `workerId` until now + leaseMs, if it is still pending, due, unleased (or
 * its lease expired), its endpoint is active and enabled, and (when given) it has had `attempts`
 * attempts. True when this worker now owns it.
 */
export async function claimDelivery(deliveryId: string, workerId: string, options: { leaseMs?: number; attempts?: number } = {}): Promise<boolean> {
  const claimed = await claimDeliveries([{ id: deliveryId, attempts: options.attempts }], workerId, options.leaseMs ?? LEASE_MS);
  return claimed.has(deliveryId);
}

/**
 * Claims every delivery of `candidates` that is still claimable (as claimDelivery) in one statement,
 * and answers the ones this worker now owns. Two workers that found the same candidates split them
 * without a round trip per lost claim: the row locks of the first UPDATE make the second re-check
 * the lease and skip what is taken (PostgreSQL); SQLite serializes the two statements.
 */
export async function claimDeliveries(candidates: readonly { id: string; attempts?: number }[], workerId: string, leaseMs: number): Promise<Set<string>> {
  if (candidates.length === 0) return new Set();
  const current = now();
  const claimed = await prisma.webhookDelivery.updateManyAndReturn({
    where: {
      OR: candidates.map((candidate) => (candidate.attempts === undefined ? { id: candidate.id } : { id: candidate.id, attempts: candidate.attempts })),
      status: "pending",
      nextAttemptAt: { lte: current },
      AND: [{ OR: [{ leaseExpiresAt: null }, { leaseExpiresAt: { lt: current } }] }],
      endpoint: { active: true, status: "enabled" },
    },
    data: { leaseOwner: workerId, leaseExpiresAt: new Date(current.getTime() + leaseMs) },
    select: { id: true },
  });
  return new Set(claimed.map((delivery) => delivery.id));
}

/** Pending, due, claimable deliveries of active, enabled endpoints, oldest first. */
async function findDueDeliveries(settings: DeliverySettings): Promise<DeliveryCandidate[]> {
  const current = now();
  return prisma.webhookDelivery.findMany({
    where: {
      status: "pending",
      nextAttemptAt: { lte: current },
      OR: [{ leaseExpiresAt: null }, { leaseExpiresAt: { lt: current } }],
      endpoint: {
        active: true,
        status: "enabled",
        ...(settings.endpointIds ? { id: { in: [...settings.endpointIds] } } : {}),
      },
    },
    include: { endpoint: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: settings.limit,
  });
}

type PendingKey = { id: string; endpointId: string; createdAt: Date; body: string };

/** Every pending delivery (due or not, leased or not) to the candidates' endpoints, created no later than the newest candidate. */
async function findOlderPending(candidates: DeliveryCandidate[]): Promise<PendingKey[]> {
  const newest = candidates.at(-1);
  if (!newest) return [];
  return prisma.webhookDelivery.findMany({
    where: {
      status: "pending",
      endpointId: { in: [...new Set(candidates.map((candidate) => candidate.endpointId))] },
      createdAt: { lte: newest.createdAt },
    },
    select: { id: true, endpointId: true, createdAt: true, body: true },
  });
}

/**
 * Keeps events about one object in order per endpoint: a candidate waits while an older delivery to
 * the same endpoint about the same object (data.object.id) is still pending, even one waiting for its
 * retry or in flight on another worker.
 */
function keepObjectOrder(candidates: DeliveryCandidate[], pending: PendingKey[]): DeliveryCandidate[] {
  const oldest = new Map<string, PendingKey>();
  for (const delivery of pending) {
    const key = orderingKey(delivery);
    if (key === null) continue;
    const current = oldest.get(key);
    if (!current || isOlder(delivery, current)) oldest.set(key, delivery);
  }
  return candidates.filter((candidate) => {
    const key = orderingKey(candidate);
    return key === null || (oldest.get(key)?.id ?? candidate.id) === candidate.id;
  });
}

function orderingKey(delivery: { endpointId: string; body: string }): string | null {
  try {
    const parsed = JSON.parse(delivery.body) as { data?: { object?: { id?: unknown } } };
    const objectId = parsed.data?.object?.id;
    return typeof objectId === "string" ? `${delivery.endpointId}\u0000${objectId}` : null;
  } catch {
    return null;
  }
}

function isOlder(a: { createdAt: Date; id: string }, b: { createdAt: Date; id: string }): boolean {
  const difference = a.createdAt.getTime() - b.createdAt.getTime();
  return difference < 0 || (difference === 0 && a.id < b.id);
}
