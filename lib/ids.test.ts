import { describe, expect, it } from "vitest";
import { ID_PREFIXES, isId, newId, ulid } from "./ids";

describe("ids", () => {
  it("makes prefixed 26-character Crockford ULIDs", () => {
    for (const kind of Object.keys(ID_PREFIXES) as (keyof typeof ID_PREFIXES)[]) {
      const id = newId(kind);
      expect(id).toMatch(new RegExp(`^${ID_PREFIXES[kind]}_[0-9A-HJKMNP-TV-Z]{26}$`));
      expect(isId(kind, id)).toBe(true);
    }
  });

  it("encodes the time in the first ten characters, so ids sort by creation time", () => {
    expect(ulid(0).slice(0, 10)).toBe("0000000000");
    expect(ulid(1747046520000).slice(0, 10) < ulid(1747046520001).slice(0, 10)).toBe(true);
    expect(ulid(1469918176385).slice(0, 10)).toBe("01ARYZ6S41");
  });

  it("does not repeat", () => {
    const ids = new Set(Array.from({ length: 10_000 }, () => newId("portalSession")));
    expect(ids.size).toBe(10_000);
  });

  it("rejects ids of another kind or shape", () => {
    expect(isId("customer", newId("portalSession"))).toBe(false);
    expect(isId("customer", "cus_01hxab7k3m9n2p5qrs8tvwxy3z")).toBe(false);
    expect(isId("customer", "cus_01HXAB7K3M9N2P5QRS8TVWXY3Z")).toBe(true);
  });
});
