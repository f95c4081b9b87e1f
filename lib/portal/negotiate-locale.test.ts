import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, negotiateLocale } from "./negotiate-locale";

describe("negotiateLocale", () => {
  it("takes the first language of a browser's header, keeping its region", () => {
    expect(negotiateLocale("en-GB,en;q=0.9,id;q=0.8")).toBe("en-GB");
    expect(negotiateLocale("id-ID")).toBe("id-ID");
    expect(negotiateLocale("id")).toBe("id");
    expect(negotiateLocale("id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7")).toBe("id-ID");
  });

  it("canonicalizes tags, including Indonesian's old code", () => {
    expect(negotiateLocale("en-gb")).toBe("en-GB");
    expect(negotiateLocale("in-ID")).toBe("id-ID");
  });

  it("falls back to en-US without a header, or with only a wildcard", () => {
    expect(negotiateLocale(null)).toBe(DEFAULT_LOCALE);
    expect(negotiateLocale(undefined)).toBe("en-US");
    expect(negotiateLocale("")).toBe("en-US");
    expect(negotiateLocale("*")).toBe("en-US");
  });

  it("chooses among the portal's languages only: English or Indonesian, else en-US", () => {
    expect(negotiateLocale("fr-FR, de;q=0.9")).toBe("en-US");
    expect(negotiateLocale("ja, id;q=0.5")).toBe("id");
    expect(negotiateLocale("de-DE, en-AU;q=0.3, id;q=0.2")).toBe("en-AU");
  });

  it("orders by weight, keeping the header's order between equal weights", () => {
    expect(negotiateLocale("fr;q=0.5, id-ID;q=0.9, en-GB")).toBe("en-GB");
    expect(negotiateLocale("en;q=0.5, id-ID;q=0.9")).toBe("id-ID");
    expect(negotiateLocale("id;q=0.7, en;q=0.7")).toBe("id");
    expect(negotiateLocale("en ; Q=0.4 , id ; q=0.6")).toBe("id");
  });

  it("ignores refused (q=0) and malformed preferences", () => {
    expect(negotiateLocale("id;q=0, en-GB")).toBe("en-GB");
    expect(negotiateLocale("id;q=2, en-CA;q=0.1")).toBe("en-CA");
    expect(negotiateLocale("id;q=abc, en-NZ;q=0.1")).toBe("en-NZ");
  });

  it("skips tags that are not well formed", () => {
    expect(negotiateLocale("not a tag, id-ID")).toBe("id-ID");
    expect(negotiateLocale("x-private;q=1, en-AU")).toBe("en-AU");
    expect(negotiateLocale("i-klingon")).toBe("en-US");
  });

  it("reads only the first preferences of a very long header", () => {
    expect(negotiateLocale(`${Array.from({ length: 40 }, () => "zz-invalid!").join(",")},id`)).toBe("en-US");
  });
});
