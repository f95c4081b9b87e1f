import "server-only";
import { prisma } from "../db";
import { notFound } from "../errors";
import { tenantWhere, type Tenant } from "../tenancy";

/** One event of this workspace and mode, or 404 not_found. */
export async function findEvent(tenant: Tenant, eventId: string) {
  const event = await prisma.event.findFirst({ where: { id: eventId, ...tenantWhere(tenant) } });
  if (!event) throw notFound("event", eventId);
  return event;
}
