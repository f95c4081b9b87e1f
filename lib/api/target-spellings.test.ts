import { describe, expect, it } from "vitest";
import { requestTarget } from "./request-target";
import { targetSpellings } from "./target-spellings";

/** What Next.js hands the server for a target sent as `sent` (the WHATWG URL parser's reading). */
const seenBy = (sent: string) => requestTarget(new URL(`http://localhost${sent}`).href);

describe("target spellings", () => {
  it("is the seen target alone when the parser escaped nothing", () => {
    expect(targetSpellings("/v1/customers?limit=5&email=a%40b.test&note=a%20b")).toEqual(["/v1/customers?limit=5&email=a%40b.test&note=a%20b"]);
  });

  it.each(["'", '"', "<", ">"])("includes the target as sent when the query holds a raw %s", (character) => {
    const sent = `/v1/customers?email=${character}x${character}@example.com&limit=2`;
    const seen = seenBy(sent);
    expect(seen).not.toBe(sent);
    expect(targetSpellings(seen)).toContain(sent);
  });

  it("includes the encoded and every mixed spelling, seen target first", () => {
    const seen = seenBy("/v1/customers?q='a'");
    expect(seen).toBe("/v1/customers?q=%27a%27");
    expect(targetSpellings(seen)).toEqual(["/v1/customers?q=%27a%27", "/v1/customers?q='a%27", "/v1/customers?q=%27a'", "/v1/customers?q='a'"]);
  });

  it("writes back the path's own escapes, and no other", () => {
    expect(targetSpellings(seenBy("/v1/customers/cus_<x>?a=`{}`"))).toContain("/v1/customers/cus_<x>?a=`{}`");
    expect(targetSpellings("/v1/customers/%27?a=%60")).toEqual(["/v1/customers/%27?a=%60"]);
    expect(targetSpellings("/v1/customers?q=%3c")).toEqual(["/v1/customers?q=%3c"]);
  });

  it("bounds the work: past six escapes, all escaped or all raw", () => {
    const seen = seenBy(`/v1/customers?q=${"'".repeat(7)}`);
    expect(targetSpellings(seen)).toEqual([seen, `/v1/customers?q=${"'".repeat(7)}`]);
    expect(targetSpellings(seenBy(`/v1/customers?q=${"'".repeat(6)}`))).toHaveLength(64);
  });
});
