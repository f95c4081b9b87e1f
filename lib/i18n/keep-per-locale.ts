// Formatters and translators are costly to build (Intl resolves the locale and compiles its data each
// time) and safe to share: they hold no request's data, only a locale, a message file and options.
// Portal pages used to build one per formatted value; they now build one per key and process. The
// keys come from a small set (the portal's locales, currencies and namespaces), but a locale is the
// browser's choice, so the cache is bounded: when full it starts again rather than grow.
const LIMIT = 256;

export function keepPerLocale<Value>(create: (key: string) => Value): (key: string) => Value {
  const kept = new Map<string, Value>();
  return (key) => {
    const found = kept.get(key);
    if (found !== undefined) return found;
    if (kept.size >= LIMIT) kept.clear();
    const value = create(key);
    kept.set(key, value);
    return value;
  };
}
