import { describe, expect, it } from "vitest";
import { addInterval } from "./billing-period";

describe("billing periods", () => {
  it("adds days, weeks, months and years in UTC", () => {
    const start = new Date("2026-01-15T10:00:00.000Z");
    expect(addInterval(start, "day", 3).toISOString()).toBe("2026-01-18T10:00:00.000Z");
    expect(addInterval(start, "week", 2).toISOString()).toBe("2026-01-29T10:00:00.000Z");
    expect(addInterval(start, "month", 1).toISOString()).toBe("2026-02-15T10:00:00.000Z");
    expect(addInterval(start, "year", 1).toISOString()).toBe("2027-01-15T10:00:00.000Z");
  });

  it("clamps to the end of shorter months", () => {
    expect(addInterval(new Date("2026-01-31T00:00:00.000Z"), "month", 1).toISOString()).toBe("2026-02-28T00:00:00.000Z");
    expect(addInterval(new Date("2028-02-29T00:00:00.000Z"), "year", 1).toISOString()).toBe("2029-02-28T00:00:00.000Z");
  });
});
