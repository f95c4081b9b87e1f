// The event log of a workspace and mode, keyset-paginated over (occurredAt, id) — the order events
// happened in, stable while new ones are appended. The cursor is the id of the last event of the
// previous page, looked up within the same filtered list; an unknown cursor ends the list.
import "server-only";
import { prisma } from "../db";
import type { Page, PageRequest } from "../pagination";
import { tenantWhere, type Tenant } from "../tenancy";

export type EventFilters = { type?: string; occurredAfter?: Date; occurredBefore?: Date };

type Anchor = { id: string; occurredAt: Date };

export async function listEvents(tenant: Tenant, filters: EventFilters, page: PageRequest) {
  const occurredAt = {
    ...(filters.occurredAfter ? { gt: filters.occurredAfter } : {}),
    ...(filters.occurredBefore ? { lt: filters.occurredBefore } : {}),
  };
  const where = {
    ...tenantWhere(tenant),
    ...(filters.type ? { type: filters.type } : {}),
    ...(filters.occurredAfter || filters.occurredBefore ? { occurredAt } : {}),
  };
  let after = {};
  if (page.cursor) {
    const anchor = await prisma.event.findFirst({ where: { ...where, id: page.cursor }, select: { id: true, occurredAt: true } });
    after = anchor ? afterAnchor(anchor, page.order) : { id: "" };
  }
  const rows = await prisma.event.findMany({
    where: { AND: [where, after] },
    orderBy: [{ occurredAt: page.order }, { id: page.order }],
    take: page.limit + 1,
  });
  const hasMore = rows.length > page.limit;
  const items = rows.slice(0, page.limit);
  const result: Page<(typeof items)[number]> = { items, hasMore, cursor: hasMore ? (items.at(-1)?.id ?? null) : null };
  return result;
}

function afterAnchor(anchor: Anchor, order: "asc" | "desc") {
  const beyond = order === "desc" ? { lt: anchor.occurredAt } : { gt: anchor.occurredAt };
  const idBeyond = order === "desc" ? { lt: anchor.id } : { gt: anchor.id };
  return { OR: [{ occurredAt: beyond }, { occurredAt: anchor.occurredAt, id: idBeyond }] };
}
