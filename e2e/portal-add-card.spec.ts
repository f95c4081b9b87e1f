// Adding a card without surprises (issue 12, item 6; docs/api.md §7.7): the brand shows as the number
// is typed; every problem at once next to its field; the expiry and default choice kept, the number
// and security code never; 0829 as good as 08/29; keyboard alone, without JavaScript, axe-clean at
// desktop and phone widths.
import type { Page } from "@playwright/test";
import { expect, test, navigateTo } from "./fixtures";
import { expectNoAxeViolations } from "./kit/axe";
import { expectFieldProblems } from "./kit/form-problems";

const WIDTHS = [
  { name: "desktop", viewport: { width: 1280, height: 900 } },
  { name: "phone", viewport: { width: 390, height: 844 } },
] as const;

async function openAddCard(page: Page) {
  await navigateTo(page, "Payment methods");
  await page.getByRole("link", { name: "Add a card" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add a card" })).toBeVisible();
}

for (const { name, viewport } of WIDTHS) {
  test.describe(`add a card (${name})`, () => {
    test.use({ viewport });

    test("names the brand as the number is typed", async ({ page, merchant, openPortalFor }) => {
      await openPortalFor(await merchant.customer());
      await openAddCard(page);
      const number = page.getByLabel("Card number");
      await expect(number).toHaveAccessibleDescription("We accept Visa, Mastercard, American Express, Discover.");
      for (const [typed, brand] of [
        ["4242", "Visa"],
        ["5555 55", "Mastercard"],
        ["3782", "American Express"],
        ["6011", "Discover"],
      ] as const) {
        await number.fill("");
        await number.pressSequentially(typed);
        await expect(number).toHaveAccessibleDescription(`Card brand: ${brand}`);
      }
      await expectNoAxeViolations(page, "add-card form");
    });

    test("shows every problem at once, keeps the expiry and default choice, and never the number or code", async ({ page, merchant, openPortalFor }) => {
      await openPortalFor(await merchant.customer());
      await openAddCard(page);
      await page.getByLabel("Card number").fill("4242 4242 4242 4241");
      await page.getByLabel("Expiry (MM / YY)").fill("01/20");
      await page.getByLabel("Security code").fill("12");
      await page.getByLabel("Use as my default card").uncheck();
      await page.getByRole("button", { name: "Add card" }).click();
      await expect(page.getByRole("main").getByRole("alert")).toHaveText("Check the 3 fields marked below.");
      await expectFieldProblems(page, [
        ["Card number", "Your card number is incorrect."],
        ["Expiry (MM / YY)", "Your card has expired."],
        ["Security code", "Your card's security code is invalid."],
      ]);
      await expect(page.getByLabel("Card number")).toBeFocused();
      await expect(page.getByLabel("Card number")).toHaveValue("");
      await expect(page.getByLabel("Security code")).toHaveValue("");
      await expect(page.getByLabel("Expiry (MM / YY)")).toHaveValue("01/20");
      await expect(page.getByLabel("Use as my default card")).not.toBeChecked();
      expect(await page.content()).not.toMatch(/4242 ?4242 ?4242 ?4241/);
      await expectNoAxeViolations(page, "add-card form with errors");
    });
  });
}

test.describe("add a card", () => {
  test("takes the expiry typed as 0829", async ({ page, merchant, openPortalFor }) => {
    await openPortalFor(await merchant.customer());
    await openAddCard(page);
    await page.getByLabel("Card number").fill("4242 4242 4242 4242");
    await page.getByLabel("Expiry (MM / YY)").fill("0829");
    await page.getByLabel("Security code").fill("123");
    await page.getByRole("button", { name: "Add card" }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText("Your card has been added.");
    await expect(page.getByRole("list", { name: "Cards" })).toContainText("expires 08/2029");
  });

  test("can be filled and submitted with the keyboard alone", async ({ page, merchant, openPortalFor }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openPortalFor(await merchant.customer());
    await openAddCard(page);
    await page.getByLabel("Card number").focus();
    await page.keyboard.type("5555 5555 5555 4444");
    await page.keyboard.press("Tab");
    await expect(page.getByLabel("Expiry (MM / YY)")).toBeFocused();
    await page.keyboard.type("08/29");
    await page.keyboard.press("Tab");
    await page.keyboard.type("123");
    await page.keyboard.press("Tab");
    await expect(page.getByLabel("Use as my default card")).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Add card" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("main").getByRole("status")).toHaveText("Your card has been added.");
    await expect(page.getByRole("list", { name: "Cards" })).toContainText("Mastercard ending in 4444");
  });

  test("works without JavaScript: problems next to their fields, then the card is added", async ({ page, browser, merchant, openPortalFor }) => {
    const base = (await openPortalFor(await merchant.customer())).split("#")[0]!;
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    await noScript.addCookies(await page.context().cookies());
    const plain = await noScript.newPage();
    await plain.goto(`${base}/payment-methods/new`);
    await plain.getByLabel("Card number").fill("4242 4242 4242 4242");
    await plain.getByLabel("Expiry (MM / YY)").fill("13/29");
    await plain.getByLabel("Security code").fill("123");
    await plain.getByRole("button", { name: "Add card" }).click();
    await expect(plain.getByRole("main").getByRole("alert")).toHaveText("Check the field marked below.");
    await expect(plain.getByLabel("Expiry (MM / YY)")).toHaveAccessibleDescription("Enter the expiry date as MM / YY, for example 08 / 29.");
    await expect(plain.getByLabel("Expiry (MM / YY)")).toHaveValue("13/29");
    await expect(plain.getByLabel("Card number")).toHaveValue("");
    await plain.getByLabel("Card number").fill("4242 4242 4242 4242");
    await plain.getByLabel("Expiry (MM / YY)").fill("0829");
    await plain.getByLabel("Security code").fill("123");
    await plain.getByRole("button", { name: "Add card" }).click();
    await expect(plain.getByRole("main").getByRole("status")).toHaveText("Your card has been added.");
    await expect(plain.getByRole("list", { name: "Cards" })).toContainText("Visa ending in 4242");
    await noScript.close();
  });
});
