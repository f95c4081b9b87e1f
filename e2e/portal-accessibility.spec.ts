// Every portal page: no axe violations, usable by keyboard, and fits a 360 px screen.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test, advanceServerClock, mintPortalUrl, navigateTo } from "./fixtures";

async function expectNoAxeViolations(page: Page, label: string) {
  await page.waitForLoadState("load");
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${label}: ${violation.id} ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

test.describe("accessibility", () => {
  test("every signed-in page passes axe", async ({ page, portalAs }) => {
    await portalAs(0);
    await expectNoAxeViolations(page, "overview");
    await page.getByRole("link", { name: "Manage Pro subscription" }).click();
    await expectNoAxeViolations(page, "subscription");
    await page.getByRole("link", { name: "Cancel subscription" }).click();
    await expectNoAxeViolations(page, "cancel");
    await page.goBack();
    await page.getByRole("link", { name: "Change plan" }).click();
    await expectNoAxeViolations(page, "change plan");
    await page.getByRole("link", { name: "Preview Business" }).click();
    await expectNoAxeViolations(page, "plan preview");
    await navigateTo(page, "Payment methods");
    await expectNoAxeViolations(page, "payment methods");
    await page.getByRole("link", { name: "Add a card" }).click();
    await expectNoAxeViolations(page, "add card");
    await navigateTo(page, "Invoices");
    await expectNoAxeViolations(page, "invoices");
    await page.getByRole("link", { name: "INV-000003" }).click();
    await expectNoAxeViolations(page, "invoice");
    await navigateTo(page, "Payment methods");
    await page.getByRole("button", { name: "Remove Visa ending in 4242" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
    await expectNoAxeViolations(page, "error message");
  });

  test("the front door, the refused and the expired pages pass axe", async ({ page, browser, request, acme }) => {
    const url = await mintPortalUrl(request, acme, acme.customers[1]!.id);
    await page.goto(url.split("#")[0]!);
    await expectNoAxeViolations(page, "guessed id");
    await page.goto("about:blank");
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1, name: "Billing", exact: true })).toBeVisible();
    await expectNoAxeViolations(page, "empty customer");
    const other = await (await browser.newContext()).newPage();
    await other.goto(url);
    await expect(other.getByRole("main").getByRole("status")).toContainText("already been used");
    await expectNoAxeViolations(other, "second browser");
    const expired = await mintPortalUrl(request, acme, acme.customers[0]!.id);
    advanceServerClock(16 * 60 * 1000);
    await other.goto(expired);
    await expectNoAxeViolations(other, "expired");
  });

  test("works with the keyboard alone", async ({ page, portalAs }) => {
    await portalAs(2);
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
    const manage = page.getByRole("link", { name: "Manage Starter subscription" });
    for (let i = 0; i < 15 && !(await manage.evaluate((element) => element === document.activeElement)); i++) await page.keyboard.press("Tab");
    await expect(manage).toBeFocused();
    await page.keyboard.press("Enter");
    const resume = page.getByRole("button", { name: "Resume subscription" });
    for (let i = 0; i < 15 && !(await resume.evaluate((element) => element === document.activeElement)); i++) await page.keyboard.press("Tab");
    await expect(resume).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("main").getByRole("status")).toContainText("Your subscription will continue");
  });

  test("fits a 360 px wide screen without sideways scrolling", async ({ page, portalAs }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await portalAs(0);
    for (const link of [null, "Invoices", "Payment methods"] as const) {
      if (link) await navigateTo(page, link);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    }
  });
});
