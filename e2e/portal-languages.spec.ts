// The portal in English and Bahasa Indonesia, chosen from Accept-Language (issue 12, item 7): <html
// lang>, the frame's words, dates and money in the same locale, and no axe violations either way.
import type { Page } from "@playwright/test";
import { expect, test, LOCAL_ONLY, RETURN_URL, serverClock } from "./fixtures";
import { expectNoAxeViolations } from "./kit/axe";

const WIDTHS = [1280, 390] as const;

async function expectCleanAtBothWidths(page: Page, label: string) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoAxeViolations(page, `${label} at ${width}px`);
  }
}

const mediumDate = (locale: string, value: string | number | Date) =>
  new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(new Date(value));
const nbsp = (text: string) => text.replace(/\s/g, " ");

test.describe("in Bahasa Indonesia (Accept-Language: id-ID)", () => {
  test.use({ locale: "id-ID" });

  test("the portal speaks Indonesian: lang, navigation, header, amount due, date and money", async ({ page, merchant }) => {
    const customer = await merchant.customer("Siti Rahayu");
    const invoice = await merchant.openInvoice(customer, await merchant.plan("Pro", 4900));
    const brandName = await merchant.brandName();
    await page.goto(await merchant.portalUrl(customer));
    const nav = page.getByRole("navigation", { name: "Penagihan" });
    await expect(nav.getByRole("link", { name: "Ringkasan", exact: true })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "id-ID");
    await expect(nav.getByRole("link", { name: "Metode pembayaran", exact: true })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Tagihan", exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Keluar" })).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: `Kembali ke ${brandName}` })).toHaveAttribute("href", RETURN_URL);
    await expect(page).toHaveTitle(`Penagihan · ${brandName}`);

    const notice = page.getByRole("region", { name: "Jumlah terutang" });
    await expect(notice).toBeVisible();
    const amount = nbsp(new Intl.NumberFormat("id-ID", { style: "currency", currency: "USD" }).format(49));
    expect(amount).toBe("US$49,00");
    await expect(notice).toContainText(`Tagihan Anda sebesar ${amount}.`);
    await expect(notice).toContainText(`Jatuh tempo ${mediumDate("id-ID", invoice.dueAt!)}`);
    await expect(notice.getByRole("link", { name: "tambahkan kartu" })).toBeVisible();
    await expect(notice.getByText("Belum dibayar")).toBeVisible();
    await expectCleanAtBothWidths(page, "overview (id)");
  });

  test("signed out, the page says so in Indonesian and offers one way back", async ({ page, merchant }) => {
    const brandName = await merchant.brandName();
    await page.goto(await merchant.portalUrl(await merchant.customer()));
    await page.getByRole("button", { name: "Keluar" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Anda sudah keluar" })).toBeVisible();
    await expect(page.getByRole("link", { name: /Kembali ke/ })).toHaveCount(1);
    await expect(page.getByRole("main").getByRole("link", { name: `Kembali ke ${brandName}` })).toHaveAttribute("href", RETURN_URL);
    await expectCleanAtBothWidths(page, "signed out (id)");
  });

  test("an unknown link is 'Halaman tidak ditemukan'", async ({ page }) => {
    const response = await page.goto("/portal/ps_01HXAB7K3M9N2P5QRS8TVWXY3Z");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Halaman tidak ditemukan" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "id-ID");
    await expect(page).toHaveTitle("Halaman tidak ditemukan · Plugipay");
    await expectCleanAtBothWidths(page, "not found (id)");
  });

  test("the expired-link page is Indonesian", { tag: LOCAL_ONLY }, async ({ page, merchant }) => {
    const url = await merchant.portalUrl(await merchant.customer());
    const brandName = await merchant.brandName();
    serverClock.advance(15 * 60 * 1000 + 1000);
    const response = await page.goto(url);
    expect(response?.status()).toBe(410);
    await expect(page.locator("html")).toHaveAttribute("lang", "id-ID");
    await expect(page.getByRole("heading", { level: 1, name: "Tautan ini sudah kedaluwarsa" })).toBeVisible();
    await expect(page.getByRole("link", { name: `Kembali ke ${brandName}` })).toHaveAttribute("href", RETURN_URL);
    await expect(page).toHaveTitle(`Tautan kedaluwarsa · ${brandName}`);
    await expectCleanAtBothWidths(page, "expired (id)");
  });
});

test.describe("in English (Playwright's default en-US)", () => {
  test("the portal speaks English: lang, navigation, header, amount due, date and money", async ({ page, merchant }) => {
    const customer = await merchant.customer();
    const invoice = await merchant.openInvoice(customer, await merchant.plan("Pro", 4900));
    const brandName = await merchant.brandName();
    await page.goto(await merchant.portalUrl(customer));
    await expect(page.getByRole("heading", { level: 1, name: "Billing", exact: true })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en-US");
    const nav = page.getByRole("navigation", { name: "Billing" });
    for (const name of ["Overview", "Payment methods", "Invoices"]) await expect(nav.getByRole("link", { name, exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: `Back to ${brandName}` })).toBeVisible();
    const notice = page.getByRole("region", { name: "Amount due" });
    await expect(notice).toContainText("You owe $49.00.");
    await expect(notice).toContainText(`Due ${mediumDate("en-US", invoice.dueAt!)}`);
    await expectCleanAtBothWidths(page, "overview (en)");
  });

  test("a British browser keeps English text with British dates", async ({ browser, merchant }) => {
    const context = await browser.newContext({ locale: "en-GB" });
    const page = await context.newPage();
    const customer = await merchant.customer();
    const invoice = await merchant.openInvoice(customer, await merchant.plan("Pro", 4900));
    await page.goto(await merchant.portalUrl(customer));
    await expect(page.getByRole("heading", { level: 1, name: "Billing", exact: true })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
    await expect(page.getByRole("region", { name: "Amount due" })).toContainText(`Due ${mediumDate("en-GB", invoice.dueAt!)}`);
    await context.close();
  });

  test("a browser asking for neither language gets English", async ({ browser, merchant }) => {
    const context = await browser.newContext({ locale: "fr-FR" });
    const page = await context.newPage();
    await page.goto(await merchant.portalUrl(await merchant.customer()));
    await expect(page.getByRole("heading", { level: 1, name: "Billing", exact: true })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en-US");
    await expect(page.getByRole("navigation", { name: "Billing" }).getByRole("link", { name: "Overview" })).toBeVisible();
    await context.close();
  });

  test("the expired-link page is English", { tag: LOCAL_ONLY }, async ({ page, merchant }) => {
    const url = await merchant.portalUrl(await merchant.customer());
    const brandName = await merchant.brandName();
    serverClock.advance(15 * 60 * 1000 + 1000);
    expect((await page.goto(url))?.status()).toBe(410);
    await expect(page.locator("html")).toHaveAttribute("lang", "en-US");
    await expect(page.getByRole("heading", { level: 1, name: "This link has expired" })).toBeVisible();
    await expect(page.getByRole("link", { name: `Back to ${brandName}` })).toHaveAttribute("href", RETURN_URL);
    await expectCleanAtBothWidths(page, "expired (en)");
  });
});
