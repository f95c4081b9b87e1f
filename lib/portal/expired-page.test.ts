import { describe, expect, it } from "vitest";
import { expiredPortalPage } from "./expired-page";

const input = { brandName: "Toko <Maju>", accentColor: "#ffcc00", logoUrl: null, returnUrl: "https://toko.example/akun?a=1&b=2", nonce: "abc123" };

describe("expiredPortalPage", () => {
  it("is English by default, in the portal's frame with the brand's accent", () => {
    const html = expiredPortalPage(input);
    expect(html).toContain('<html lang="en-US">');
    expect(html).toContain("<h1>This link has expired</h1>");
    expect(html).toContain("<title>Link expired · Toko &#60;Maju&#62;</title>");
    expect(html).toContain('<header class="bar">');
    expect(html).toContain("background:#ffcc00;color:#0f172a"); // dark text on a light accent
    expect(html).toContain('<a href="https://toko.example/akun?a=1&#38;b=2">Back to Toko &#60;Maju&#62;</a>');
    expect(html).not.toContain("<Maju>");
  });

  it("speaks Bahasa Indonesia for an Indonesian locale", () => {
    const html = expiredPortalPage({ ...input, locale: "id-ID", logoUrl: "https://toko.example/logo.png" });
    expect(html).toContain('<html lang="id-ID">');
    expect(html).toContain("<h1>Tautan ini sudah kedaluwarsa</h1>");
    expect(html).toContain("<title>Tautan kedaluwarsa · Toko &#60;Maju&#62;</title>");
    expect(html).toContain("Tautan penagihan berlaku selama 15 menit.");
    expect(html).toContain(">Kembali ke Toko &#60;Maju&#62;</a>");
    expect(html).toContain('<img src="https://toko.example/logo.png" alt="" class="logo">');
    expect(html).not.toMatch(/expired|Back to/);
  });
});
