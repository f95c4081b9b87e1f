// Names that tell similar things apart, for lists where a customer may hold several alike (two Visa
// cards ending in 4242, ten subscriptions to "Pro"): each item shows as many of its details as it
// takes to be the only one, so list items, links and buttons get unique accessible names (and
// Playwright's strict locators find exactly one). Pure.
export type ItemDescription = {
  /** A prefixed id (`pm_…`, `sub_…`): the last resort when every detail repeats. */
  id: string;
  /** What a customer recognises it by, most general first: the first is always shown. */
  details: readonly string[];
};

export type DistinguishedItem<Item> = {
  item: Item;
  /** The details to show: up to the first no other item shares, else all and a reference. */
  details: string[];
  /** The details joined ("Visa ending in 4242, expires 12/2034"), for accessible names. */
  name: string;
};

const SHORTEST_REFERENCE = 4;

/**
 * Each item with its details up to the first one that no other item shares; when even all of them
 * repeat, followed by a short reference from the end of its id (`ref 7QXZ`), long enough to be unique;
 * `referenceLabel` words it in the page's language.
 */
export function distinguishSimilarItems<Item>(
  items: readonly Item[],
  describe: (item: Item) => ItemDescription,
  referenceLabel: (reference: string) => string = (reference) => `ref ${reference}`,
): DistinguishedItem<Item>[] {
  const described = items.map((item) => {
    const { id, details } = describe(item);
    return { item, id, details, prefixKeys: details.map((_, depth) => JSON.stringify(details.slice(0, depth + 1))) };
  });
  const holders = new Map<string, number>();
  for (const key of described.flatMap(({ prefixKeys }) => prefixKeys)) holders.set(key, (holders.get(key) ?? 0) + 1);
  const references = shortReferences(described.map(({ id }) => id));
  return described.map(({ item, id, details, prefixKeys }, index) => {
    const depth = prefixKeys.findIndex((key) => holders.get(key) === 1);
    const shown = depth === -1 ? [...details, referenceLabel(references[index] ?? id)] : details.slice(0, depth + 1);
    return { item, details: shown, name: shown.join(", ") };
  });
}

/** The shortest common length (at least four) at which the ends of the ids no longer repeat. */
function shortReferences(ids: readonly string[]): string[] {
  const bodies = ids.map((id) => id.slice(id.lastIndexOf("_") + 1).toUpperCase());
  const longest = Math.max(SHORTEST_REFERENCE, ...bodies.map((body) => body.length));
  for (let length = SHORTEST_REFERENCE; length < longest; length += 1) {
    const ends = bodies.map((body) => body.slice(-length));
    if (new Set(ends).size === ends.length) return ends;
  }
  return bodies;
}
