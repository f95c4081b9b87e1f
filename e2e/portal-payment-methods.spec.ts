// Payment methods: add (test cards), set default, remove, and the refusals.
import { expect, test, navigateTo } from "./fixtures";
import { eventTypes } from "./portal-db";

async function addCard(page: import("@playwright/test").Page, number: string, options: { expiry?: string; cvc?: string; makeDefault?: boolean } = {}) {
  await navigateTo(page, "Payment methods");
  await page.getByRole("link", { name: "Add a card" }).click();
  await page.getByLabel("Card number").fill(number);
  await page.getByLabel("Expiry (MM / YY)").fill(options.expiry ?? "12 / 34");
  await page.getByLabel("Security code").fill(options.cvc ?? "123");
  if (options.makeDefault === false) await page.getByLabel("Use as my default card").uncheck();
  await page.getByRole("button", { name: "Add card" }).click();
}

test.describe("payment methods", () => {
  test("adds a card, makes it the default and removes the old one", async ({ page, portalAs, acme }) => {
    await portalAs(0);
    await addCard(page, "5555 5555 5555 4444", { makeDefault: false });
    await expect(page.getByRole("main").getByRole("status")).toHaveText("Your card has been added.");
    const cards = page.getByRole("list", { name: "Cards" }).getByRole("listitem");
    await expect(cards).toHaveCount(2);
    await page.getByRole("button", { name: "Make Mastercard ending in 4444 the default" }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText("Your default card has been updated.");
    await expect(cards.filter({ hasText: "4444" })).toContainText("Default");
    await page.getByRole("button", { name: "Remove Visa ending in 4242" }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText("The card has been removed.");
    await expect(cards).toHaveCount(1);
    const types = eventTypes(acme.workspaceId);
    expect(types).toContain("payment_method.attached");
    expect(types).toContain("customer.updated");
    expect(types).toContain("payment_method.detached");
  });

  test("shows the processor's refusal for a declined card and stores nothing", async ({ page, portalAs }) => {
    await portalAs(0);
    await addCard(page, "4000 0000 0000 0002");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Your card was declined.");
    await navigateTo(page, "Payment methods");
    await expect(page.getByRole("list", { name: "Cards" }).getByRole("listitem")).toHaveCount(1);
  });

  test("checks the number, expiry and security code", async ({ page, portalAs }) => {
    await portalAs(1);
    await addCard(page, "4242 4242 4242 4241");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Your card number is incorrect.");
    await addCard(page, "4242 4242 4242 4242", { expiry: "01 / 20" });
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Your card has expired.");
    await addCard(page, "4242 4242 4242 4242", { cvc: "12" });
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Your card's security code is invalid.");
  });

  test("keeps the only card of a customer with an active subscription", async ({ page, portalAs }) => {
    await portalAs(0);
    await navigateTo(page, "Payment methods");
    await page.getByRole("button", { name: "Remove Visa ending in 4242" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("only card for an active subscription");
    await expect(page.getByRole("list", { name: "Cards" }).getByRole("listitem")).toHaveCount(1);
  });

  test("never shows the full card number after adding it", async ({ page, portalAs }) => {
    await portalAs(1);
    await addCard(page, "4242 4242 4242 4242");
    await expect(page.getByText("Visa ending in 4242")).toBeVisible();
    expect(await page.content()).not.toContain("4242424242424242");
    expect(await page.content()).not.toContain("4242 4242 4242 4242");
  });
});
