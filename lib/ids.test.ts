import { decodeTime } from "ulid";
import { afterEach, describe, expect, it } from "vitest";
import { freezeClock, resetClock } from "./clock";
import { ID_PREFIXES, isId, newId } from "./ids";

const ulidOf = (id: string) => id.slice(id.indexOf("_") + 1);

describe("ids", () => {
  afterEach(() => resetClock());

  it("makes prefixed 26-character Crockford ULIDs", () => {
    for (const kind of Object.keys(ID_PREFIXES) as (keyof typeof ID_PREFIXES)[]) {
      const id = newId(kind);
      expect(id).toMatch(new RegExp(`^${ID_PREFIXES[kind]}_[0-9A-HJKMNP-TV-Z]{26}$`));
      expect(isId(kind, id)).toBe(true);
    }
  });

  it("encodes the clock's time in the first ten characters, so ids sort by creation time", () => {
    const at = new Date("2030-05-01T10:00:00.000Z");
    freezeClock(at);
    const first = newId("invoice");
    expect(decodeTime(ulidOf(first))).toBe(at.getTime());
    freezeClock(new Date(at.getTime() + 1));
    expect(first < newId("invoice")).toBe(true);
  });

  it("sorts ids made in the same millisecond in the order they were made", () => {
    freezeClock(new Date("2031-01-01T00:00:00.000Z"));
    const ids = Array.from({ length: 1_000 }, () => newId("event"));
    expect(new Set(ids.map((id) => ulidOf(id).slice(0, 10))).size).toBe(1);
    expect([...ids].sort()).toEqual(ids);
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
