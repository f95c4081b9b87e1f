// Every portal page: no axe violations, usable by keyboard, and fits a 360 px screen.
import type { Page } from "@playwright/test";
import { expect, test, LOCAL_ONLY, navigateTo, serverClock } from "./fixtures";
import { expectNoAxeViolations } from "./kit/axe";

/** Waits for the page's heading first: after a client-side navigation the old page is still "loaded". */
/** Waits for the page's heading where it names one, then the shared check. */
async function expectSettledPageClean(page: Page, label: string, heading?: string) {
  if (heading) await expect(page.getByRole("heading", { name: heading, exact: true })).toBeVisible();
  await expectNoAxeViolations(page, label);
}

test.describe("accessibility", () => {
  test("every signed-in page passes axe", async ({ page, merchant, subscribedCustomer }) => {
    test.slow(); // ten axe analyses: more than 30 s on a busy two-core machine
    const { pro, business } = await merchant.catalogue();
    const { subscription } = await subscribedCustomer(pro);
    const [invoice] = (await merchant.client.invoices.list({ subscriptionId: subscription.id })).data;
    await expectSettledPageClean(page, "overview", "Billing");
    await page.getByRole("link", { name: `Manage ${pro.name} subscription` }).click();
    await expectSettledPageClean(page, "subscription", pro.name);
    await page.getByRole("link", { name: "Cancel subscription" }).click();
    await expectSettledPageClean(page, "cancel", `Cancel ${pro.name}?`);
    await page.goBack();
    await page.getByRole("link", { name: "Change plan" }).click();
    await expectSettledPageClean(page, "change plan", "Change plan");
    await page.getByRole("link", { name: `Preview ${business.name}` }).click();
    await expectSettledPageClean(page, "plan preview", `Switch from ${pro.name} to ${business.name}`);
    await navigateTo(page, "Payment methods");
    await expectSettledPageClean(page, "payment methods");
    await page.getByRole("link", { name: "Add a card" }).click();
    await expectSettledPageClean(page, "add card", "Add a card");
    await navigateTo(page, "Invoices");
    await expectSettledPageClean(page, "invoices");
    await page.getByRole("link", { name: invoice!.number }).click();
    await expectSettledPageClean(page, "invoice", `Invoice ${invoice!.number}`);
    await navigateTo(page, "Payment methods");
    await expect(page.getByRole("button", { name: "Remove Visa ending in 4242" })).toHaveAccessibleDescription(/only card/);
    await expectSettledPageClean(page, "the only card's reason");
  });

  test("the front door and the refused pages pass axe", async ({ page, browser, merchant }) => {
    const url = await merchant.portalUrl(await merchant.customer("Grace Hopper"));
    await page.goto(url.split("#")[0]!);
    await expectSettledPageClean(page, "guessed id");
    await page.goto("about:blank");
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1, name: "Billing", exact: true })).toBeVisible();
    await expectSettledPageClean(page, "empty customer");
    const otherContext = await browser.newContext();
    const other = await otherContext.newPage();
    await other.goto(url);
    await expect(other.getByRole("main").getByRole("status")).toContainText("already been used");
    await expectSettledPageClean(other, "second browser");
    await otherContext.close();
  });

  // Local only: the link expires by moving the local server's clock (TEST_CLOCK_FILE).
  test("the expired page passes axe", { tag: LOCAL_ONLY }, async ({ page, merchant }) => {
    const expired = await merchant.portalUrl(await merchant.customer());
    serverClock.advance(16 * 60 * 1000);
    await page.goto(expired);
    await expect(page.getByRole("heading", { name: "This link has expired" })).toBeVisible();
    await expectSettledPageClean(page, "expired");
  });

  test("works with the keyboard alone", async ({ page, merchant, openPortalFor }) => {
    const starter = await merchant.plan("Starter", 1900);
    const customer = await merchant.customer("Alan Turing");
    await merchant.subscription(customer, starter, { billing: "invoice", cancelAtPeriodEnd: true });
    await openPortalFor(customer);
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
    const manage = page.getByRole("link", { name: `Manage ${starter.name} subscription` });
    for (let i = 0; i < 15 && !(await manage.evaluate((element) => element === document.activeElement)); i++) await page.keyboard.press("Tab");
    await expect(manage).toBeFocused();
    await page.keyboard.press("Enter");
    const resume = page.getByRole("button", { name: "Resume subscription" });
    for (let i = 0; i < 15 && !(await resume.evaluate((element) => element === document.activeElement)); i++) await page.keyboard.press("Tab");
    await expect(resume).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("main").getByRole("status")).toContainText("Your subscription will continue");
  });

  test("fits a 360 px wide screen without sideways scrolling", async ({ page, merchant, subscribedCustomer }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await subscribedCustomer(await merchant.plan("Pro", 4900));
    for (const link of [null, "Invoices", "Payment methods"] as const) {
      if (link) await navigateTo(page, link);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    }
  });
});
