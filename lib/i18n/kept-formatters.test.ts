import { describe, expect, it } from "vitest";
import { formatMoney } from "../money";
import { formatMediumDate, keptPerKey } from "./kept-formatters";
import { translator } from "./messages";

describe("keptPerKey", () => {
  it("builds once per key, and starts again rather than grow past its bound", () => {
    const built: string[] = [];
    const kept = keptPerKey<{ key: string }>();
    const get = (key: string) =>
      kept(key, () => {
        built.push(key);
        return { key };
      });
    expect(get("en-US")).toBe(get("en-US"));
    expect(get("id-ID")).not.toBe(get("en-US"));
    expect(built).toEqual(["en-US", "id-ID"]);
    for (let index = 0; index < 300; index++) get(`x-${index}`);
    expect(built.length).toBe(302);
    get("en-US");
    expect(built.length).toBe(303);
  });

  it("keeps what the portal formats with: the same translator and the same output for every call", () => {
    expect(translator("id-ID", "status")).toBe(translator("id-ID", "status"));
    expect(translator("id-ID", "status")).not.toBe(translator("en-US", "status"));
    expect(translator("id-ID", "status")("paid")).toBe(translator("id-ID", "status")("paid"));
    expect(formatMoney(15_000_000, "IDR", "id-ID")).toBe(formatMoney(15_000_000, "IDR", "id-ID"));
    expect(formatMoney(4900, "usd", "en-US")).toBe("$49.00");
    expect(formatMoney(4950, "USD", "en-US")).toBe("$49.50");
    expect(() => formatMoney(100, "USD", "not a locale!")).toThrow(RangeError);
  });

  it("formats a medium date in UTC, in the locale's language", () => {
    const lateOnTheThird = new Date("2026-12-03T23:30:00Z");
    expect(formatMediumDate(lateOnTheThird, "en-US")).toBe("Dec 3, 2026");
    expect(formatMediumDate(lateOnTheThird, "id-ID")).toBe("3 Des 2026");
    expect(formatMediumDate(lateOnTheThird, "en-US")).toBe("Dec 3, 2026");
  });
});
