// Getting in: fragment exchange, cookie, single use, guessed ids, expiry (docs/api.md §7).
import { expect, test, LOCAL_ONLY, RETURN_URL, serverClock } from "./fixtures";

test.describe("getting into the portal", () => {
  test("exchanges the #t token for a cookie and strips the fragment", async ({ page, context, merchant }) => {
    const customer = await merchant.customer();
    const url = await merchant.portalUrl(customer);
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

  test("refuses the same link in a second browser", async ({ page, browser, merchant }) => {
    const customer = await merchant.customer();
    const url = await merchant.portalUrl(customer);
    await page.goto(url);
    await expect(page.getByText("Ada Lovelace")).toBeVisible();
    const otherContext = await browser.newContext();
    const other = await otherContext.newPage();
    await other.goto(url);
    await expect(other.getByRole("main").getByRole("status")).toContainText("already been used");
    await expect(other.getByText("Ada Lovelace")).toHaveCount(0);
    await expect(other.getByRole("main").getByRole("link", { name: `Back to ${await merchant.brandName()}` })).toHaveAttribute("href", RETURN_URL);
    await otherContext.close();
  });

  test("shows no customer data for a guessed id without token or cookie", async ({ page, merchant }) => {
    const customer = await merchant.customer();
    const url = await merchant.portalUrl(customer);
    const response = await page.goto(url.split("#")[0]!);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("main").getByRole("status")).toContainText("open this page from the link");
    await expect(page.getByText("Ada Lovelace")).toHaveCount(0);
    await expect(page.getByText(customer.email!)).toHaveCount(0);
    const invoices = await page.goto(url.split("#")[0]! + "/invoices");
    expect(invoices?.status()).toBe(200);
    await expect(page.getByRole("main").getByRole("status")).toContainText("open this page from the link");
    await expect(page.getByText("INV-", { exact: false })).toHaveCount(0);
    await expect(page.getByRole("table")).toHaveCount(0);
  });

  test("answers 404 for an unknown session id", async ({ page }) => {
    const response = await page.goto("/portal/ps_01HXAB7K3M9N2P5QRS8TVWXY3Z");
    expect(response?.status()).toBe(404);
  });

  // Local only: expiry is reached by moving the local server's clock (TEST_CLOCK_FILE).
  test("answers 410 with Back to <brand> once the link has expired unused", { tag: LOCAL_ONLY }, async ({ page, merchant }) => {
    const customer = await merchant.customer();
    const url = await merchant.portalUrl(customer);
    const brandName = await merchant.brandName();
    serverClock.advance(15 * 60 * 1000 + 1000);
    const response = await page.goto(url);
    expect(response?.status()).toBe(410);
    await expect(page.getByRole("heading", { name: "This link has expired" })).toBeVisible();
    await expect(page.getByRole("link", { name: `Back to ${brandName}` })).toHaveAttribute("href", RETURN_URL);
    await expect(page.getByText("Ada Lovelace")).toHaveCount(0);
  });

  // Local only: the idle timeout is reached by moving the local server's clock (TEST_CLOCK_FILE).
  test("keeps a signed-in browser working past the link's expiry, until 30 idle minutes", { tag: LOCAL_ONLY }, async ({ page, merchant }) => {
    const customer = await merchant.customer();
    const url = await merchant.portalUrl(customer);
    await page.goto(url);
    await expect(page.getByText("Ada Lovelace")).toBeVisible();
    serverClock.advance(20 * 60 * 1000);
    const later = await page.goto(url.split("#")[0]!);
    expect(later?.status()).toBe(200);
    await expect(page.getByText("Ada Lovelace")).toBeVisible();
    serverClock.advance(31 * 60 * 1000);
    const idle = await page.goto(url.split("#")[0]!);
    expect(idle?.status()).toBe(410);
  });

  test("signs out", async ({ page, merchant }) => {
    const customer = await merchant.customer();
    const url = await merchant.portalUrl(customer);
    await page.goto(url);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "You are signed out" })).toBeVisible();
    await expect(page.getByText("Ada Lovelace")).toHaveCount(0);
    // One way back: the link under the message, none in the header, and no sign-in prompt.
    await expect(page.getByRole("link", { name: `Back to ${await merchant.brandName()}` })).toHaveAttribute("href", RETURN_URL);
    await expect(page.getByRole("main").getByRole("status")).toHaveCount(0);
    await page.goto(url.split("#")[0]!);
    await expect(page.getByText("Ada Lovelace")).toHaveCount(0);
  });

  test("sends security headers and never leaks the token to other origins", async ({ page, merchant }) => {
    const customer = await merchant.customer();
    const response = await page.goto(await merchant.portalUrl(customer));
    const headers = response!.headers();
    expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"]).not.toContain("unsafe-inline");
    expect(headers["referrer-policy"]).toBe("same-origin");
    expect(headers["x-robots-tag"]).toContain("noindex");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  });
});
