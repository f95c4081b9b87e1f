// Portal titles are sent with their page, never streamed after it (next.config.mjs, htmlLimitedBots): a
// client navigation or a server action's redirect would otherwise show the new content under no title
// until the metadata arrived, which is what a screen reader announces and what axe's document-title saw.
import { describe, expect, it } from "vitest";
import nextConfig from "../../next.config.mjs";

const BROWSERS = [
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36",
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/142.0.0.0 Safari/537.36",
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0",
  "",
];

describe("page metadata", () => {
  it("blocks on metadata for every user agent, browsers included", () => {
    const blockingFor = nextConfig.htmlLimitedBots;
    expect(blockingFor).toBeInstanceOf(RegExp);
    for (const userAgent of BROWSERS) expect(blockingFor!.test(userAgent), userAgent).toBe(true);
  });
});
