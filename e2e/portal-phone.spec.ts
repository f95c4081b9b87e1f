// On a phone (360 px) every list — invoices, cards, subscriptions — shows its status and amount on
// screen without sideways scrolling, and the primary action comes first (issue 12, item 1).
import type { Locator, Page } from "@playwright/test";
import { expect, test, attachCard, navigateTo } from "./fixtures";
import { expectNoAxeViolations } from "./kit/axe";

const PHONE = { width: 360, height: 740 };

async function expectOnScreen(element: Locator, label: string) {
  await expect(element, label).toBeVisible();
  const box = (await element.boundingBox())!;
  expect(box.x, `${label} starts off screen`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${label} ends off screen`).toBeLessThanOrEqual(PHONE.width);
}

async function expectNoSidewaysScrolling(page: Page, label: string) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${label} scrolls sideways`).toBeLessThanOrEqual(PHONE.width);
}

test("invoice lists keep status and amount on a 360 px screen", async ({ page, merchant, subscribedCustomer }) => {
  await page.setViewportSize(PHONE);
  await subscribedCustomer(await merchant.plan("Enterprise annual", 1_299_900));
  for (const [link, name] of [
    ["Overview", "Recent invoices"],
    ["Invoices", "Invoices, newest first"],
  ] as const) {
    await navigateTo(page, link);
    await expect(page.getByRole("table")).toHaveCount(0); // below 768 px each invoice is a card instead
    const items = page.getByRole("list", { name }).getByRole("listitem");
    await expect(items).not.toHaveCount(0);
    for (const item of await items.all()) {
      await expectOnScreen(item, `${link}: an invoice`);
      await expectOnScreen(item.getByText("$12,999.00", { exact: true }), `${link}: the amount`);
      await expectOnScreen(item.getByText(/^(Paid|Open|Past due)$/), `${link}: the status`);
    }
    await expectNoSidewaysScrolling(page, link);
    await expectNoAxeViolations(page, link);
  }
});

test("the subscriptions list shows status and amount, with Manage on the first line", async ({ page, merchant, subscribedCustomer }) => {
  await page.setViewportSize(PHONE);
  const plan = await merchant.plan("Enterprise annual with a long name", 1_299_900);
  await subscribedCustomer(plan);
  const item = page.getByRole("region", { name: "Subscriptions" }).getByRole("listitem");
  await expect(item).toHaveCount(1);
  await expectOnScreen(item, "the subscription");
  await expectOnScreen(item.getByText("Active", { exact: true }), "the status");
  await expectOnScreen(item.getByText(/^\$12,999\.00 per month/), "the amount");
  const manage = item.getByRole("link", { name: `Manage ${plan.name} subscription` });
  await expectOnScreen(manage, "Manage");
  // Manage is on the first line, above the price: seen before the details.
  expect((await manage.boundingBox())!.y).toBeLessThan((await item.getByText(/^\$12,999\.00 per month/).boundingBox())!.y);
  await expectNoSidewaysScrolling(page, "the overview");
});

test("the cards list shows each card and its status on screen", async ({ page, merchant, subscribedCustomer }) => {
  await page.setViewportSize(PHONE);
  await subscribedCustomer(await merchant.plan("Pro", 4900));
  await attachCard(page, "5555 5555 5555 4444", { makeDefault: false });
  await navigateTo(page, "Payment methods");
  const cards = page.getByRole("list", { name: "Cards" }).getByRole("listitem");
  await expect(cards).toHaveCount(2);
  const visa = page.getByRole("listitem", { name: "Visa ending in 4242" });
  await expectOnScreen(visa, "the default card");
  await expectOnScreen(visa.getByText("Default", { exact: true }), "the default badge");
  const mastercard = page.getByRole("listitem", { name: "Mastercard ending in 4444" });
  await expectOnScreen(mastercard.getByText("Mastercard ending in 4444"), "the other card");
  await expectOnScreen(mastercard.getByRole("button", { name: "Make Mastercard ending in 4444 the default" }), "Make default");
  await expectOnScreen(mastercard.getByRole("link", { name: "Remove Mastercard ending in 4444" }), "Remove");
  await expectNoSidewaysScrolling(page, "payment methods");
  await expectNoAxeViolations(page, "payment methods");
});
