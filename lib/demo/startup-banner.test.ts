import { describe, expect, it } from "vitest";
import { startupBanner } from "./startup-banner";

const demoLink = {
  url: "http://localhost:3000/portal/ps_01#t=secret-token",
  expiresAt: "2026-12-01T10:15:00.000Z",
  customerName: "Ada Lovelace",
  keyId: "pk_test_abc",
  secret: "sk_test_secret",
};

describe("startupBanner", () => {
  it("prints the demo portal URL and test key in development", () => {
    const banner = startupBanner({ isProduction: false, origin: "http://localhost:3000", demoLink });
    expect(banner).toContain(demoLink.url);
    expect(banner).toContain("PLUGIPAY_KEY_SECRET=sk_test_secret");
  });

  it("never prints demo credentials in production, even when a link is at hand", () => {
    const banner = startupBanner({ isProduction: true, origin: "https://billing.acme.com", demoLink });
    expect(banner).toContain("https://billing.acme.com");
    for (const secret of ["secret-token", "sk_test_secret", "pk_test_abc", "portal/"]) expect(banner).not.toContain(secret);
  });
});
