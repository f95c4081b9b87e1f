// Keyset pagination over (createdAt, id) — stable when rows are added — for every domain list.
// The cursor is the id of the last row of the previous page, looked up within the same list.
export type Page<T> = { items: T[]; cursor: string | null; hasMore: boolean };

export type PageRequest = { limit: number; cursor?: string | null; order: "asc" | "desc" };

type SortOrder = "asc" | "desc";
type Bound = { lt: Date } | { gt: Date };
type IdBound = { lt: string } | { gt: string };

/** Extra where-clause placing rows after the cursor (spread into the list's own where). */
export type AfterCursor = { OR?: ({ createdAt: Bound } | { createdAt: Date; id: IdBound })[]; id?: string };

export type PageQuery = { after: AfterCursor; orderBy: [{ createdAt: SortOrder }, { id: SortOrder }]; take: number };

export async function paginate<T extends { id: string }>(
  request: PageRequest,
  findAnchor: (id: string) => Promise<{ id: string; createdAt: Date } | null>,
  findRows: (query: PageQuery) => Promise<T[]>,
): Promise<Page<T>> {
  const anchor = request.cursor ? await findAnchor(request.cursor) : null;
  let after: AfterCursor = {};
  if (request.cursor && !anchor) after = { id: "" }; // an unknown cursor ends the list
  if (anchor) {
    after =
      request.order === "desc"
        ? { OR: [{ createdAt: { lt: anchor.createdAt } }, { createdAt: anchor.createdAt, id: { lt: anchor.id } }] }
        : { OR: [{ createdAt: { gt: anchor.createdAt } }, { createdAt: anchor.createdAt, id: { gt: anchor.id } }] };
  }
  const rows = await findRows({ after, orderBy: [{ createdAt: request.order }, { id: request.order }], take: request.limit + 1 });
  const hasMore = rows.length > request.limit;
  const items = rows.slice(0, request.limit);
  return { items, hasMore, cursor: hasMore ? (items.at(-1)?.id ?? null) : null };
}
