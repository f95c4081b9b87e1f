// Formatters and translators are costly to build (Intl resolves the locale and compiles its data each
// time) and safe to share: they hold no request's data, only a locale, a message file and options.
// They are built once per key and process. The keys come from a small set (the portal's locales,
// currencies and namespaces), but a locale is the browser's choice, so a cache is bounded: when full
// it starts again rather than grow.
const LIMIT = 256;

/** A bounded cache: `kept(key, create)` returns what `create` built the first time for `key`. */
export function keptPerKey<Value>(): (key: string, create: () => Value) => Value {
  const kept = new Map<string, Value>();
  return (key, create) => {
    const found = kept.get(key);
    if (found !== undefined) return found;
    if (kept.size >= LIMIT) kept.clear();
    const value = create();
    kept.set(key, value);
    return value;
  };
}

const mediumDates = keptPerKey<Intl.DateTimeFormat>();

/** "Dec 4, 2026" / "4 Des 2026": a calendar date in UTC, the way the portal, its emails and PDFs show one. */
export function formatMediumDate(value: Date, locale: string): string {
  return mediumDates(locale, () => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" })).format(value);
}
