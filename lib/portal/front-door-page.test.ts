import { describe, expect, it } from "vitest";
import { frontDoorPage, frontDoorScript } from "./front-door-page";

const input = {
  portalSessionId: "ps_01HXAB7K3M9N2P5QRS8TVWXY3Z",
  brandName: "Toko </script><b>",
  accentColor: null,
  logoUrl: null,
  returnUrl: "https://toko.example/akun",
  nonce: "abc123",
  locale: "en-US",
};

describe("frontDoorPage", () => {
  it("escapes the brand everywhere, and nothing in the script can close its element", () => {
    const html = frontDoorPage(input);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).not.toContain("<b>");
    const script = /<script nonce="abc123">([\s\S]*)<\/script>/.exec(html)?.[1] ?? "";
    expect(script).toContain('"/portal/ps_01HXAB7K3M9N2P5QRS8TVWXY3Z/session"');
    expect(frontDoorScript(input.portalSessionId, { error: "</script><img src=x onerror=alert(1)>" })).not.toContain("<");
  });

  it("carries every refusal's message in the page's language, and asks for JavaScript without it", () => {
    const html = frontDoorPage({ ...input, brandName: "Toko", locale: "id-ID" });
    expect(html).toContain('<html lang="id-ID">');
    expect(html).toContain("Tautan ini sudah pernah dipakai.");
    expect(html).toMatch(/<noscript><p>[^<]*JavaScript[^<]*<\/p><\/noscript>/);
    expect(html).toContain('<noscript><style nonce="abc123">html{visibility:visible!important}</style></noscript>');
    expect(html).not.toContain("Back to");
  });
});
