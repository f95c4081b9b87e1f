// Getting in: fragment exchange, cookie, single use, guessed ids, expiry (contract §7).
import { expect, test, advanceServerClock, mintPortalUrl, RETURN_URL } from "./fixtures";

test.describe("getting into the portal", () => {
  test("exchanges the #t token for a cookie and strips the fragment", async ({ page, context, request, acme }) => {
    const url = await mintPortalUrl(request, acme, acme.customers[0]!.id);
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1, name: "Billing" })).toBeVisible();
    await expect(page.getByText("Ada Lovelace")).toBeVisible();
    await expect(page).toHaveURL(url.split("#")[0]!);
    await page.waitForTimeout(500);
    expect(page.url()).not.toContain("#t=");
    const cookies = await context.cookies();
    const portalCookie = cookies.find((cookie) => cookie.name === "plugipay_portal");
    expect(portalCookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: new URL(url).pathname });
    await page.reload();
    await expect(page.getByText("Ada Lovelace")).toBeVisible();
  });

  test("refuses the same link in a second browser", async ({ page, browser, request, acme }) => {
    const url = await mintPortalUrl(request, acme, acme.customers[0]!.id);
    await page.goto(url);
    await expect(page.getByText("Ada Lovelace")).toBeVisible();
    const otherContext = await browser.newContext();
    const other = await otherContext.newPage();
    await other.goto(url);
    await expect(other.getByRole("main").getByRole("status")).toContainText("already been used");
    await expect(other.getByText("Ada Lovelace")).toHaveCount(0);
    await expect(other.getByRole("link", { name: "Back to Acme Cloud" }).first()).toHaveAttribute("href", RETURN_URL);
    await otherContext.close();
  });

  test("shows no customer data for a guessed id without token or cookie", async ({ page, request, acme }) => {
    const url = await mintPortalUrl(request, acme, acme.customers[0]!.id);
    const response = await page.goto(url.split("#")[0]!);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("main").getByRole("status")).toContainText("open this page from the link");
    await expect(page.getByText("Ada Lovelace")).toHaveCount(0);
    await expect(page.getByText("ada@example.com")).toHaveCount(0);
    const invoices = await page.goto(url.split("#")[0]! + "/invoices");
    expect(invoices?.status()).toBe(200);
    await expect(page.getByText("INV-", { exact: false })).toHaveCount(0);
    await expect(page.getByRole("table")).toHaveCount(0);
  });

  test("answers 404 for an unknown session id", async ({ page }) => {
    const response = await page.goto("/portal/ps_01HXAB7K3M9N2P5QRS8TVWXY3Z");
    expect(response?.status()).toBe(404);
  });

  test("answers 410 with Back to <brand> once the link has expired unused", async ({ page, request, acme }) => {
    const url = await mintPortalUrl(request, acme, acme.customers[0]!.id);
    advanceServerClock(15 * 60 * 1000 + 1000);
    const response = await page.goto(url);
    expect(response?.status()).toBe(410);
    await expect(page.getByRole("heading", { name: "This link has expired" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Back to Acme Cloud" })).toHaveAttribute("href", RETURN_URL);
    await expect(page.getByText("Ada Lovelace")).toHaveCount(0);
  });

  test("keeps a signed-in browser working past the link's expiry, until 30 idle minutes", async ({ page, request, acme }) => {
    const url = await mintPortalUrl(request, acme, acme.customers[0]!.id);
    await page.goto(url);
    await expect(page.getByText("Ada Lovelace")).toBeVisible();
    advanceServerClock(20 * 60 * 1000);
    const later = await page.goto(url.split("#")[0]!);
    expect(later?.status()).toBe(200);
    await expect(page.getByText("Ada Lovelace")).toBeVisible();
    advanceServerClock(31 * 60 * 1000);
    const idle = await page.goto(url.split("#")[0]!);
    expect(idle?.status()).toBe(410);
  });

  test("signs out", async ({ page, request, acme }) => {
    const url = await mintPortalUrl(request, acme, acme.customers[0]!.id);
    await page.goto(url);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByText("Ada Lovelace")).toHaveCount(0);
    await expect(page.getByRole("main").getByRole("status")).toContainText("open this page from the link");
    await page.goto(url.split("#")[0]!);
    await expect(page.getByText("Ada Lovelace")).toHaveCount(0);
  });

  test("sends security headers and never leaks the token to other origins", async ({ page, request, acme }) => {
    const url = await mintPortalUrl(request, acme, acme.customers[0]!.id);
    const response = await page.goto(url);
    const headers = response!.headers();
    expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"]).not.toContain("unsafe-inline");
    expect(headers["referrer-policy"]).toBe("no-referrer");
    expect(headers["x-robots-tag"]).toContain("noindex");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  });
});
