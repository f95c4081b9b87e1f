// The brand shown while a card number is typed (docs/api.md §7.7): from the first digits that tell.
import { describe, expect, it } from "vitest";
import { detectBrand, normalizeCardNumber } from "./card-brand";

const asTyped = (text: string) => detectBrand(normalizeCardNumber(text));

describe("detectBrand as the number is typed", () => {
  it.each([
    ["4", "visa"],
    ["4242 42", "visa"],
    ["51", "mastercard"],
    ["5555 5555", "mastercard"],
    ["2221", "mastercard"],
    ["2720 99", "mastercard"],
    ["34", "amex"],
    ["3782 822463", "amex"],
    ["6011", "discover"],
    ["644", "discover"],
    ["65", "discover"],
  ] as const)("%j is %s", (typed, brand) => {
    expect(asTyped(typed)).toBe(brand);
  });

  it.each(["", "5", "2", "3", "6", "601", "2220", "2721", "50", "56", "35", "1234 5678", "4242-42a"])("%j is not yet a brand", (typed) => {
    expect(asTyped(typed)).toBe("unknown");
  });

  it("reads the digits through the spaces and dashes people type", () => {
    expect(normalizeCardNumber(" 3782-822463 10005 ")).toBe("378282246310005");
  });
});
