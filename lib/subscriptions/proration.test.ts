import { describe, expect, it } from "vitest";
import { prorate, proportion } from "./proration";

const start = new Date("2026-11-01T00:00:00.000Z");
const end = new Date("2026-12-01T00:00:00.000Z"); // 30 days

describe("proration", () => {
  it("credits the unused part of the old price and charges the same part of the new one", () => {
    const halfway = new Date("2026-11-16T00:00:00.000Z");
    expect(prorate({ currentUnitAmount: 4900, newUnitAmount: 9900, periodStart: start, periodEnd: end, at: halfway })).toEqual({
      credit: 2450,
      charge: 4950,
      net: 2500,
      remainingMs: 15 * 86_400_000,
      periodMs: 30 * 86_400_000,
    });
  });

  it("gives a negative net (a credit) for a downgrade", () => {
    const tenDaysIn = new Date("2026-11-11T00:00:00.000Z");
    const result = prorate({ currentUnitAmount: 4900, newUnitAmount: 1900, periodStart: start, periodEnd: end, at: tenDaysIn });
    expect(result.credit).toBe(3267); // 4900 × 20/30 = 3266.67
    expect(result.charge).toBe(1267); // 1900 × 20/30 = 1266.67
    expect(result.net).toBe(-2000);
  });

  it("charges nothing at the very end of the period and everything at its start", () => {
    expect(prorate({ currentUnitAmount: 4900, newUnitAmount: 9900, periodStart: start, periodEnd: end, at: end }).net).toBe(0);
    expect(prorate({ currentUnitAmount: 4900, newUnitAmount: 9900, periodStart: start, periodEnd: end, at: start }).net).toBe(5000);
    expect(prorate({ currentUnitAmount: 4900, newUnitAmount: 9900, periodStart: start, periodEnd: end, at: new Date(start.getTime() - 1000) }).net).toBe(5000);
  });

  it("rounds half up exactly, even for large amounts and long periods", () => {
    expect(proportion(1, 1, 2)).toBe(1);
    expect(proportion(3, 1, 2)).toBe(2);
    expect(proportion(999_999_999, 31_535_999_999, 31_536_000_000)).toBe(999_999_999);
    expect(proportion(100, 1, 3)).toBe(33);
    expect(proportion(200, 1, 3)).toBe(67);
  });

  it("refuses fractional money and empty periods", () => {
    expect(() => proportion(10.5, 1, 2)).toThrow();
    expect(() => prorate({ currentUnitAmount: 1, newUnitAmount: 1, periodStart: end, periodEnd: start, at: start })).toThrow();
  });
});
