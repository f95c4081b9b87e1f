// Both languages name the same keys, with the same placeholders and tags, and every message parses as
// ICU: a key missing in either file fails here (and tsc fails on a key the code uses that en.json lacks).
import { describe, expect, it } from "vitest";
import english from "../../messages/en.json";
import indonesian from "../../messages/id.json";
import { createTranslator } from "next-intl";
import { LANGUAGES, languageOf, MESSAGES, translator } from "./messages";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") found.set(path, value);
    else for (const [leaf, text] of leaves(value, path)) found.set(leaf, text);
  }
  return found;
}

/** The arguments ({brand}, {count, plural, …}) and rich-text tags (<link>) a message takes. */
function slots(message: string): string[] {
  let outer = message;
  for (let previous = ""; previous !== outer;) [previous, outer] = [outer, outer.replace(/(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\}/g, "")];
  const names = [...outer.matchAll(/\{\s*([A-Za-z_][\w]*)\s*[,}]/g)].map((match) => `{${match[1]}}`);
  const tags = [...message.matchAll(/<\/?([A-Za-z][\w]*)>/g)].map((match) => `<${match[1]}>`);
  return [...new Set([...names, ...tags])].sort();
}

const en = leaves(english);
const id = leaves(indonesian);

describe("messages", () => {
  it("has the same keys in English and Indonesian", () => {
    expect([...id.keys()].sort()).toEqual([...en.keys()].sort());
    expect(en.size).toBeGreaterThan(50);
  });

  it("has no empty message, and the same placeholders and tags in both languages", () => {
    for (const [key, text] of en) {
      expect(text.trim(), key).not.toBe("");
      expect(id.get(key)?.trim(), key).not.toBe("");
      expect(slots(id.get(key) ?? ""), key).toEqual(slots(text));
    }
  });

  it("formats every message in both languages without an ICU error", () => {
    for (const language of LANGUAGES) {
      const errors: string[] = [];
      const t = createTranslator({ locale: language, messages: MESSAGES[language], onError: (error) => errors.push(error.message) }) as unknown as {
        (key: string, values: object): string;
        rich: (key: string, values: object) => unknown;
      };
      for (const [key, text] of leaves(MESSAGES[language])) {
        // Every argument the English message takes: a number (plurals and counts take one), a word, or for a tag a function.
        const values = Object.fromEntries(
          slots(en.get(key) ?? "").map((slot) => [
            slot.slice(1, -1),
            slot.startsWith("<") ? (chunks: unknown) => String(chunks) : /count|page/.test(slot) ? 3 : "x",
          ]),
        );
        const output = text.includes("<") ? String(t.rich(key, values)) : t(key, values);
        expect(output, `${language} ${key}`).not.toMatch(/[{}]/);
      }
      expect(errors).toEqual([]);
    }
  });

  it("reads the language of a locale tag", () => {
    expect(languageOf("id-ID")).toBe("id");
    expect(languageOf("in")).toBe("id");
    expect(languageOf("en-GB")).toBe("en");
    expect(languageOf("fr")).toBe("en");
    expect(languageOf(undefined)).toBe("en");
  });

  it("translates outside React in the locale's language", () => {
    expect(translator("id-ID", "nav")("invoices")).toBe("Tagihan");
    expect(translator("en-US", "nav")("invoices")).toBe("Invoices");
    expect(translator("id-ID", "format")("interval.month", { count: 3 })).toBe("3 bulan");
    expect(translator("en-GB", "format")("interval.month", { count: 1 })).toBe("month");
  });
});
