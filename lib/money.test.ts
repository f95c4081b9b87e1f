import { describe, expect, it } from "vitest";
import { formatMoney, minorUnitDigits } from "./money";

describe("money", () => {
  it("follows ISO 4217 minor units", () => {
    expect(minorUnitDigits("USD")).toBe(2);
    expect(minorUnitDigits("IDR")).toBe(2);
    expect(minorUnitDigits("JPY")).toBe(0);
    expect(minorUnitDigits("KWD")).toBe(3);
  });

  it("formats integer minor units by currency", () => {
    expect(formatMoney(4900, "USD")).toBe("$49.00");
    expect(formatMoney(500, "JPY")).toBe("¥500");
    expect(formatMoney(15000000, "IDR", "en-US").replace(/\s/g, " ")).toBe("IDR 150,000");
    expect(formatMoney(1234, "EUR", "de-DE").replace(/\s/g, " ")).toBe("12,34 €");
  });

  it("shows rupiah whole in both languages, unless the stored amount holds a fraction", () => {
    expect(formatMoney(15000000, "IDR", "id-ID").replace(/\s/g, " ")).toBe("Rp 150.000");
    expect(formatMoney(15000050, "IDR", "id-ID").replace(/\s/g, " ")).toBe("Rp 150.000,50");
    expect(formatMoney(4900, "USD", "id-ID").replace(/\s/g, " ")).toBe("US$49,00");
  });

  it("refuses fractional amounts and unknown currencies", () => {
    expect(() => formatMoney(10.5, "USD")).toThrow(/integer/);
    expect(() => formatMoney(100, "XXX")).toThrow(/Unsupported/);
  });
});
