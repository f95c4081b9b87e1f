// Payment methods: add (test cards), set default, remove, and the refusals.
import { expect, test, navigateTo, submitCard } from "./fixtures";
import { expectNoAxeViolations } from "./kit/axe";

test.describe("payment methods", () => {
  test("adds a card, makes it the default and removes the old one", async ({ page, merchant, subscribedCustomer }) => {
    const { customer } = await subscribedCustomer(await merchant.plan("Pro", 4900));
    const events = await merchant.recordEvents(customer);
    await submitCard(page, "5555 5555 5555 4444", { makeDefault: false });
    await expect(page.getByRole("main").getByRole("status")).toHaveText("Your card has been added.");
    const cards = page.getByRole("list", { name: "Cards" }).getByRole("listitem");
    await expect(cards).toHaveCount(2);
    await page.getByRole("button", { name: "Make Mastercard ending in 4444 the default" }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText("Your default card has been updated.");
    await expect(cards.filter({ hasText: "4444" })).toContainText("Default");
    await page.getByRole("link", { name: "Remove Visa ending in 4242" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Remove Visa ending in 4242?" })).toBeVisible();
    await page.getByRole("button", { name: "Remove card" }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText("The card has been removed.");
    await expect(cards).toHaveCount(1);
    const types = await events.typesSince();
    expect(types).toContain("payment_method.attached");
    expect(types).toContain("customer.updated");
    expect(types).toContain("payment_method.detached");
  });

  test("shows the processor's refusal for a declined card and stores nothing", async ({ page, merchant, subscribedCustomer }) => {
    await subscribedCustomer(await merchant.plan("Pro", 4900));
    await submitCard(page, "4000 0000 0000 0002");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Your card was declined.");
    await navigateTo(page, "Payment methods");
    await expect(page.getByRole("list", { name: "Cards" }).getByRole("listitem")).toHaveCount(1);
  });

  test("checks the number, expiry and security code", async ({ page, merchant, openPortalFor }) => {
    await openPortalFor(await merchant.customer("Grace Hopper"));
    for (const [number, details, label, problem] of [
      ["4242 4242 4242 4241", {}, "Card number", "Your card number is incorrect."],
      ["4242 4242 4242 4242", { expiry: "01 / 20" }, "Expiry (MM / YY)", "Your card has expired."],
      ["4242 4242 4242 4242", { cvc: "12" }, "Security code", "Your card's security code is invalid."],
    ] as const) {
      await submitCard(page, number, details);
      await expect(page.getByRole("main").getByRole("alert")).toHaveText("Check the field marked below.");
      await expect(page.getByLabel(label, { exact: true })).toHaveAccessibleDescription(new RegExp(`^${problem}`));
    }
  });

  test("asks before removing a card, and Cancel keeps it", async ({ page, merchant, openPortalFor }) => {
    await openPortalFor(await merchant.customer("Grace Hopper"));
    await submitCard(page, "4242 4242 4242 4242");
    const cards = page.getByRole("list", { name: "Cards" }).getByRole("listitem");
    await expect(cards).toHaveCount(1);
    await page.getByRole("link", { name: "Remove Visa ending in 4242" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Remove Visa ending in 4242?" })).toBeVisible();
    await expectNoAxeViolations(page, "remove-card confirmation");
    await page.getByRole("link", { name: "Cancel" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Payment methods" })).toBeVisible();
    await expect(cards).toHaveCount(1);
    await page.getByRole("link", { name: "Remove Visa ending in 4242" }).press("Enter");
    await page.getByRole("button", { name: "Remove card" }).press("Enter");
    await expect(page.getByRole("main").getByRole("status")).toHaveText("The card has been removed.");
    await expect(page.getByText("You have no cards on file.")).toBeVisible();
  });

  test("explains before any click why the only card of an active subscription stays", async ({ page, merchant, subscribedCustomer }) => {
    await subscribedCustomer(await merchant.plan("Pro", 4900));
    await navigateTo(page, "Payment methods");
    const card = page.getByRole("list", { name: "Cards" }).getByRole("listitem");
    await expect(card).toHaveCount(1);
    await expect(card.getByRole("link", { name: /^Remove/ })).toHaveCount(0);
    const remove = card.getByRole("button", { name: "Remove Visa ending in 4242" });
    await expect(remove).toBeDisabled();
    await expect(remove).toHaveAccessibleDescription(/only card for your active subscription/);
    await expect(card).toContainText("Add another card before removing this one.");
  });

  test("never shows the full card number after adding it", async ({ page, merchant, openPortalFor }) => {
    await openPortalFor(await merchant.customer("Grace Hopper"));
    await submitCard(page, "4242 4242 4242 4242");
    await expect(page.getByText("Visa ending in 4242")).toBeVisible();
    expect(await page.content()).not.toContain("4242424242424242");
    expect(await page.content()).not.toContain("4242 4242 4242 4242");
  });
});
