// Follows `meta.cursor` across pages of any list call.
import type { ListPage, ListParams } from "./types";

/**
 * Yields every item of a list, page by page, starting from `params` (its `cursor` included) until
 * `hasMore` is false. `for await (const c of paginate(client.customers.list, { limit: 100 }))`.
 */
export async function* paginate<T, P extends ListParams>(listFn: (params: P) => Promise<ListPage<T>>, params: P = {} as P): AsyncGenerator<T, void, undefined> {
  let cursor = params.cursor;
  const seen = new Set<string>();
  for (;;) {
    const page = await listFn({ ...params, cursor });
    yield* page.data;
    if (!page.hasMore || page.cursor === null || seen.has(page.cursor)) return;
    seen.add(page.cursor);
    cursor = page.cursor;
  }
}

/** Encodes one path segment (an id); the signature covers the encoded form. */
export function segment(value: string): string {
  return encodeURIComponent(value);
}
