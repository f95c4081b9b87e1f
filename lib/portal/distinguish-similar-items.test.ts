import { describe, expect, it } from "vitest";
import { distinguishSimilarItems, type ItemDescription } from "./distinguish-similar-items";

const shownDetails = (items: ItemDescription[]) => distinguishSimilarItems(items, (item) => item).map(({ details }) => details);
const card = (id: string, ...details: string[]) => ({ id: `pm_${id}`, details });

describe("distinguishSimilarItems", () => {
  it("keeps the first detail alone when nothing else shares it", () => {
    expect(shownDetails([card("01JA", "Visa ending in 4242", "expires 12/2034"), card("01JB", "Mastercard ending in 4444", "expires 12/2034")])).toEqual([
      ["Visa ending in 4242"],
      ["Mastercard ending in 4444"],
    ]);
  });

  it("adds details only to the items that share the ones before", () => {
    expect(
      shownDetails([
        card("01JA", "Visa ending in 4242", "expires 12/2034", "added Dec 1, 2026"),
        card("01JB", "Visa ending in 4242", "expires 01/2030", "added Dec 1, 2026"),
        card("01JC", "Visa ending in 4242", "expires 01/2030", "added Dec 2, 2026"),
        card("01JD", "Mastercard ending in 4444", "expires 01/2030", "added Dec 2, 2026"),
      ]),
    ).toEqual([
      ["Visa ending in 4242", "expires 12/2034"],
      ["Visa ending in 4242", "expires 01/2030", "added Dec 1, 2026"],
      ["Visa ending in 4242", "expires 01/2030", "added Dec 2, 2026"],
      ["Mastercard ending in 4444"],
    ]);
  });

  it("falls back to the end of the id when every detail repeats, and only for those items", () => {
    const plan = ["Pro", "$49.00 per month", "started Dec 1, 2026"];
    expect(
      shownDetails([
        { id: "sub_01KB8Z0000000000000000A7QX", details: plan },
        { id: "sub_01KB8Z000000000000000007QZ", details: plan },
        { id: "sub_01KB8Z0000000000000000CCCC", details: ["Pro", "$99.00 per month", "started Dec 1, 2026"] },
      ]),
    ).toEqual([
      [...plan, "ref A7QX"],
      [...plan, "ref 07QZ"],
      ["Pro", "$99.00 per month"],
    ]);
  });

  it("lengthens the reference until the ends of the ids differ", () => {
    const details = shownDetails([
      { id: "sub_01KB8Z00000000000000012345", details: ["Pro"] },
      { id: "sub_01KB8Z00000000000000092345", details: ["Pro"] },
      { id: "sub_01KB8Z00000000000000000001", details: ["Pro"] },
    ]);
    expect(details.map((shown) => shown.at(-1))).toEqual(["ref 12345", "ref 92345", "ref 00001"]);
  });

  it("names every item of a list differently, however alike they are, and keeps each item with its name", () => {
    const items = Array.from({ length: 10 }, (_, index) => ({ id: `sub_01KB8Z0000000000000000000${index}`, plan: "Pro" }));
    const distinguished = distinguishSimilarItems(items, (item) => ({ id: item.id, details: [item.plan, "$49.00 per month", "started Dec 1, 2026"] }));
    expect(new Set(distinguished.map(({ name }) => name)).size).toBe(10);
    expect(distinguished[6]).toEqual({
      item: items[6],
      details: ["Pro", "$49.00 per month", "started Dec 1, 2026", "ref 0006"],
      name: "Pro, $49.00 per month, started Dec 1, 2026, ref 0006",
    });
  });

  it("handles an empty list and items without details", () => {
    expect(shownDetails([])).toEqual([]);
    expect(shownDetails([{ id: "pm_01JA", details: [] }])).toEqual([["ref 01JA"]]);
  });
});
