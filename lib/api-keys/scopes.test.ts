import { describe, expect, it } from "vitest";
import { hasScope, isValidScope } from "./scopes";

describe("scopes", () => {
  it("grants exact scopes, the full wildcard and resource wildcards", () => {
    expect(hasScope(["*"], "plugipay:portal:create")).toBe(true);
    expect(hasScope(["plugipay:portal:create"], "plugipay:portal:create")).toBe(true);
    expect(hasScope(["plugipay:portal:*"], "plugipay:portal:create")).toBe(true);
  });

  it("refuses other actions and resources", () => {
    expect(hasScope([], "plugipay:portal:create")).toBe(false);
    expect(hasScope(["plugipay:portal:read"], "plugipay:portal:create")).toBe(false);
    expect(hasScope(["plugipay:customers:*"], "plugipay:portal:create")).toBe(false);
    expect(hasScope(["plugipay:*:*"], "plugipay:portal:create")).toBe(false);
  });

  it("validates scope strings", () => {
    expect(isValidScope("plugipay:portal:create")).toBe(true);
    expect(isValidScope("plugipay:portal:*")).toBe(true);
    expect(isValidScope("portal:create")).toBe(false);
  });
});
