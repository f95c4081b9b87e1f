import { describe, expect, it } from "vitest";
import { accentColors, contrast, relativeLuminance } from "./accent-colors";

describe("accent colours", () => {
  it("keeps a dark accent with white text and uses it for links", () => {
    expect(accentColors("#4338CA")).toEqual({ accent: "#4338ca", onAccent: "#ffffff", link: "#4338ca" });
  });

  it("puts dark text on a light accent and keeps links readable", () => {
    const colors = accentColors("#fde047");
    expect(colors.onAccent).toBe("#0f172a");
    expect(contrast(relativeLuminance(colors.link), 1)).toBeGreaterThanOrEqual(4.5);
  });

  it("falls back to the default for anything that is not #rrggbb", () => {
    expect(accentColors("red; background: url(x)").accent).toBe("#4338ca");
    expect(accentColors(null).accent).toBe("#4338ca");
  });
});
