import { describe, expect, it } from "vitest";
import { formatMoney } from "../money";
import { keepPerLocale } from "./keep-per-locale";
import { translator } from "./messages";

describe("keepPerLocale", () => {
  it("builds once per key, and starts again rather than grow past its bound", () => {
    const built: string[] = [];
    const kept = keepPerLocale((key) => {
      built.push(key);
      return { key };
    });
    expect(kept("en-US")).toBe(kept("en-US"));
    expect(kept("id-ID")).not.toBe(kept("en-US"));
    expect(built).toEqual(["en-US", "id-ID"]);
    for (let index = 0; index < 300; index++) kept(`x-${index}`);
    expect(built.length).toBe(302);
    kept("en-US");
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
});
