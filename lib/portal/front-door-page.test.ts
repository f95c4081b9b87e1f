import { describe, expect, it } from "vitest";
import { FORM_TOKEN_FIELD, FRONT_DOOR_REFUSALS, frontDoorPage, frontDoorScript } from "./front-door-page";

const input = {
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
    expect(script).toContain(`field.name = ${JSON.stringify(FORM_TOKEN_FIELD)}`);
    expect(script).toContain('form.method = "post"');
    expect(frontDoorScript("</script><img src=x onerror=alert(1)>")).not.toContain("<");
  });

  it("is hidden until the entry, carries the no-token message in the page's language, and asks for JavaScript without it", () => {
    const html = frontDoorPage({ ...input, brandName: "Toko", locale: "id-ID" });
    expect(html).toContain('<html lang="id-ID">');
    expect(html).toContain('<style nonce="abc123" id="entry-pending">html{visibility:hidden}</style>');
    expect(html).toContain("buka halaman ini dari tautan");
    expect(html).toMatch(/<noscript><p>[^<]*JavaScript[^<]*<\/p><\/noscript>/);
    expect(html).toContain('<noscript><style nonce="abc123">html{visibility:visible!important}</style></noscript>');
    expect(html).not.toContain("Back to");
  });

  it("answers a refused entry with its message rendered, nothing hidden and no script", () => {
    const messages = FRONT_DOOR_REFUSALS.map((refusal) => /<p role="status" id="entry-status">([^<]+)<\/p>/.exec(frontDoorPage({ ...input, refusal }))?.[1]);
    expect(new Set(messages).size).toBe(FRONT_DOOR_REFUSALS.length);
    const used = frontDoorPage({ ...input, brandName: "Toko", locale: "id-ID", refusal: "used" });
    expect(used).toContain("Tautan ini sudah pernah dipakai.");
    expect(used).not.toContain("<script");
    expect(used).not.toContain("entry-pending");
    expect(used).toContain('<a href="https://toko.example/akun">');
  });
});
