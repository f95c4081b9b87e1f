import { describe, expect, it } from "vitest";
import { REQUEST_TARGET_HEADER, requestTarget, signedRequestTarget, targetSearchParams } from "./request-target";

describe("request target", () => {
  it("slices the path and raw query from the URL", () => {
    expect(requestTarget("http://localhost:3000/api/v1/customers?limit=5&cursor=cur_abc")).toBe("/api/v1/customers?limit=5&cursor=cur_abc");
    expect(requestTarget("https://a.example")).toBe("/");
    expect(requestTarget("https://a.example/x?y=%20#frag")).toBe("/x?y=%20");
  });

  it("prefers the proxy's raw target when it names the same resource", () => {
    const request = new Request("http://localhost/v1/customers?note=a+b&z=1", {
      headers: { [REQUEST_TARGET_HEADER]: "/v1/customers?note=a%20b&z=1" },
    });
    expect(signedRequestTarget(request)).toBe("/v1/customers?note=a%20b&z=1");
  });

  it("ignores a recorded target that points at another path", () => {
    const otherPath = new Request("http://localhost/v1/customers?x=1", { headers: { [REQUEST_TARGET_HEADER]: "/v1/portal-sessions?x=1" } });
    expect(signedRequestTarget(otherPath)).toBe("/v1/customers?x=1");
    const notAPath = new Request("http://localhost/v1/customers?x=1", { headers: { [REQUEST_TARGET_HEADER]: "http://evil.example/v1/customers" } });
    expect(signedRequestTarget(notAPath)).toBe("/v1/customers?x=1");
  });

  it("keeps the recorded query even where Next's re-serialised one lost a parameter", () => {
    // Next.js drops `__proto__` when it re-serialises the query: the signature must still cover it.
    const request = new Request("http://localhost/v1/customers?limit=1", { headers: { [REQUEST_TARGET_HEADER]: "/v1/customers?limit=1&__proto__=1" } });
    expect(signedRequestTarget(request)).toBe("/v1/customers?limit=1&__proto__=1");
    expect([...targetSearchParams(signedRequestTarget(request))]).toEqual([
      ["limit", "1"],
      ["__proto__", "1"],
    ]);
    expect([...targetSearchParams("/v1/customers")]).toEqual([]);
  });
});
