// Pausing and resuming in the portal (issue 12, item 8): only where the plan's selfServePause allows,
// until a chosen day or until resumed, with the pause and resume events; at 1280 and 390 px, axe clean.
import { expect, navigateTo, test } from "./fixtures";
import type { MerchantFactories, TestPlan } from "./kit/create-merchant-factories";
import { expectNoAxeViolations } from "./kit/axe";

const WIDTHS = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 390, height: 844 },
] as const;

const PAUSABLE = { selfServeCancel: true, selfServePause: true, selfServeUpgrade: true, selfServeDowngrade: true, updatePaymentMethod: true };

async function pausablePlan(merchant: MerchantFactories, name: string): Promise<TestPlan> {
  const plan = await merchant.plan(name, 4900);
  await merchant.setPlanFeatures(plan, PAUSABLE);
  return plan;
}

/** A day three weeks from now as the date field takes it (yyyy-mm-dd) and as the portal prints it (en-US, UTC). */
function threeWeeksAhead(): { value: string; printed: string } {
  const day = new Date(Date.now() + 21 * 86_400_000);
  const value = day.toISOString().slice(0, 10);
  const printed = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${value}T00:00:00Z`));
  return { value, printed };
}

for (const viewport of WIDTHS) {
  test.describe(`pause at ${viewport.width} px`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test("pauses until a chosen day, says so everywhere, and resumes", async ({ page, merchant, subscribedCustomer }) => {
      const plan = await pausablePlan(merchant, "Studio");
      const { customer } = await subscribedCustomer(plan);
      const events = await merchant.recordEvents(customer);
      const day = threeWeeksAhead();

      await page.getByRole("link", { name: `Manage ${plan.name} subscription` }).click();
      await page.getByRole("link", { name: "Pause subscription" }).click();
      await expect(page.getByRole("heading", { level: 1, name: `Pause ${plan.name}` })).toBeVisible();
      await expect(page.getByRole("link", { name: plan.name })).toBeVisible(); // the back link
      await expectNoAxeViolations(page, `pause page at ${viewport.width}`);
      const choice = page.getByRole("group", { name: "How long do you want to pause for?" });
      await expect(choice.getByRole("radio", { name: "Until I resume it" })).toBeChecked();
      await choice.getByRole("radio", { name: "Until a date" }).check();
      await page.getByLabel("Resume on (when pausing until a date)").fill(day.value);
      await page.getByRole("button", { name: "Pause subscription" }).click();

      await expect(page.getByRole("main").getByRole("status")).toHaveText(
        `Your subscription is paused until ${day.printed}. You will not be charged while it is paused.`,
      );
      await expect(page.getByText(`Paused until ${day.printed}`, { exact: true })).toBeVisible(); // the badge
      await expect(page.getByRole("link", { name: "Pause subscription" })).toHaveCount(0);
      await expectNoAxeViolations(page, `paused subscription at ${viewport.width}`);

      await navigateTo(page, "Overview");
      await expect(page.getByText(`Paused until ${day.printed}; not billed meanwhile`)).toBeVisible();
      await page.getByRole("link", { name: `Manage ${plan.name} subscription` }).click();
      await page.getByRole("button", { name: "Resume subscription" }).click();
      await expect(page.getByRole("main").getByRole("status")).toContainText("Your subscription is active again.");
      await expect(page.getByText("Next payment")).toBeVisible();
      await expect(page.getByRole("link", { name: "Pause subscription" })).toBeVisible();

      const types = await events.typesSince();
      expect(types.filter((type) => type === "subscription.paused" || type === "subscription.resumed")).toEqual([
        "subscription.paused",
        "subscription.resumed",
      ]);
    });
  });
}

test("pauses until resumed, and refuses a day that is not after today", async ({ page, merchant, subscribedCustomer }) => {
  const plan = await pausablePlan(merchant, "Atelier");
  await subscribedCustomer(plan);
  await page.getByRole("link", { name: `Manage ${plan.name} subscription` }).click();
  await page.getByRole("link", { name: "Pause subscription" }).click();
  const today = new Date().toISOString().slice(0, 10);
  await page.getByRole("radio", { name: "Until a date" }).check();
  // The field's min stops a browser from sending today; a form sent anyway is refused on the server.
  await page.getByLabel("Resume on (when pausing until a date)").evaluate((input: HTMLInputElement, value) => {
    input.removeAttribute("min");
    input.value = value;
  }, today);
  await page.getByRole("button", { name: "Pause subscription" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Choose a date after today and within a year.");
  await expect(page.getByRole("heading", { level: 1, name: `Pause ${plan.name}` })).toBeVisible();

  await page.getByRole("radio", { name: "Until I resume it" }).check();
  await page.getByRole("button", { name: "Pause subscription" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText(
    "Your subscription is paused until you resume it. You will not be charged while it is paused.",
  );
  await expect(page.getByText("Until you resume it", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Resume subscription" })).toBeVisible();
});

test("offers no pause where the plan does not allow it", async ({ page, merchant, subscribedCustomer }) => {
  const plan = await merchant.plan("Fixed", 2900);
  await subscribedCustomer(plan);
  await page.getByRole("link", { name: `Manage ${plan.name} subscription` }).click();
  await expect(page.getByRole("link", { name: "Cancel subscription" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Pause subscription" })).toHaveCount(0);
  await page.goto(`${page.url()}/pause`);
  await expect(page.getByRole("heading", { level: 1, name: `Pause ${plan.name}` })).toHaveCount(0);
});
