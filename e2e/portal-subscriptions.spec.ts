// Subscriptions in the portal: cancel at period end (its back link, and the date in its badge and
// message), resume, change plan with a price preview and a confirmation that names the charge.
import { expect, test, LOCAL_ONLY, navigateTo, serverClock } from "./fixtures";
import { expectNoAxeViolations } from "./kit/axe";

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const) {
  test.describe(`the cancel flow at ${viewport.width} px`, () => {
    test.use({ viewport });

    test("has its back link, and names the date in its button, badge and message; axe finds nothing", async ({ page, merchant, subscribedCustomer }) => {
      const plan = await merchant.plan("Cancelable", 3900);
      const { subscription } = await subscribedCustomer(plan);
      const endsOn = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(subscription.currentPeriodEnd));
      await page.getByRole("link", { name: `Manage ${plan.name} subscription` }).click();
      await page.getByRole("link", { name: "Cancel subscription" }).click();
      await expect(page.getByRole("link", { name: plan.name, exact: true })).toBeVisible();
      await expectNoAxeViolations(page, `cancel page at ${viewport.width}`);
      await page.getByRole("button", { name: `Cancel subscription on ${endsOn}` }).click();
      await expect(page.getByRole("main").getByRole("status")).toHaveText(`Your subscription will be cancelled on ${endsOn}. You can resume it until then.`);
      await expect(page.getByText(`Cancels on ${endsOn}`, { exact: true })).toBeVisible();
      await expectNoAxeViolations(page, `cancelled subscription at ${viewport.width}`);
      await navigateTo(page, "Overview");
      await expect(page.getByText(`Cancels on ${endsOn}`, { exact: true })).toBeVisible();
      await expect(page.getByText(`Access ends on ${endsOn}`)).toBeVisible();
      await expectNoAxeViolations(page, `overview at ${viewport.width}`);
    });
  });
}

test.describe("subscriptions", () => {
  test("cancels at period end with a reason, after saying when access ends", async ({ page, merchant, subscribedCustomer }) => {
    const pro = await merchant.plan("Pro", 4900);
    const { customer, subscription } = await subscribedCustomer(pro);
    const events = await merchant.recordEvents(customer);
    const endsOn = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(subscription.currentPeriodEnd));
    await page.getByRole("link", { name: `Manage ${pro.name} subscription` }).click();
    await expect(page.getByRole("heading", { level: 1, name: pro.name })).toBeVisible();
    await page.getByRole("link", { name: "Cancel subscription" }).click();
    await expect(page.getByRole("heading", { name: `Cancel ${pro.name}?` })).toBeVisible();
    await expect(page.getByText(/stays active until/)).toBeVisible();
    // The back link returns to the subscription, and the way forward again.
    await page.getByRole("link", { name: pro.name, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: pro.name })).toBeVisible();
    await page.getByRole("link", { name: "Cancel subscription" }).click();
    await page.getByLabel("Why are you cancelling? (optional)").selectOption("too_expensive");
    await page.getByRole("button", { name: `Cancel subscription on ${endsOn}` }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText(`Your subscription will be cancelled on ${endsOn}. You can resume it until then.`);
    await expect(page.getByText(`Cancels on ${endsOn}`, { exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Resume subscription" })).toBeVisible();
    expect(await events.typesSince()).toContain("subscription.cancelled");
  });

  test("resumes a subscription that is set to cancel", async ({ page, merchant, openPortalFor }) => {
    const starter = await merchant.plan("Starter", 1900);
    const customer = await merchant.customer("Alan Turing");
    await merchant.subscription(customer, starter, { billing: "invoice", cancelAtPeriodEnd: true });
    const events = await merchant.recordEvents(customer);
    await openPortalFor(customer);
    await expect(page.getByText(/Access ends on/)).toBeVisible();
    await page.getByRole("link", { name: `Manage ${starter.name} subscription` }).click();
    await page.getByRole("button", { name: "Resume subscription" }).click();
    await expect(page.getByRole("main").getByRole("status")).toContainText("Your subscription will continue");
    await expect(page.getByText("Next payment")).toBeVisible();
    await expect(page.getByRole("link", { name: "Cancel subscription" })).toBeVisible();
    expect(await events.typesSince()).toContain("subscription.updated");
  });

  test("previews a plan change on the server and charges exactly the preview", async ({ page, merchant, subscribedCustomer }) => {
    const { starter, pro, business } = await merchant.catalogue();
    const { customer } = await subscribedCustomer(pro);
    const events = await merchant.recordEvents(customer);
    await page.getByRole("link", { name: `Manage ${pro.name} subscription` }).click();
    await page.getByRole("link", { name: "Change plan" }).click();
    await expect(page.getByRole("heading", { name: starter.name, exact: true })).toBeVisible();
    await page.getByRole("link", { name: `Preview ${business.name}` }).click();
    await expect(page.getByRole("heading", { name: `Switch from ${pro.name} to ${business.name}` })).toBeVisible();
    const dueToday = await page.getByTestId("amount-due-today").textContent();
    expect(dueToday).toMatch(/^\$\d+\.\d{2}$/);
    await page.getByRole("button", { name: `Confirm and pay ${dueToday}` }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText(
      new RegExp(`^Your plan is now ${business.name}\\. ${dueToday!.replace(/[$.]/g, "\\$&")} was charged \\(invoice INV-\\d+\\)\\.$`),
    );
    await expect(page.getByRole("heading", { level: 1, name: business.name })).toBeVisible();
    await expect(page.getByRole("link", { name: /^View invoice INV-\d+$/ })).toBeVisible();
    await navigateTo(page, "Invoices");
    await expect(page.getByRole("row").filter({ hasText: dueToday! })).toContainText("Paid");
    const types = await events.typesSince();
    expect(types).toContain("subscription.updated");
    expect(types).toContain("invoice.paid");
  });

  // Local only: the preview goes stale by moving the local server's clock (TEST_CLOCK_FILE).
  test("refuses a preview that has gone stale, and charges nothing", { tag: LOCAL_ONLY }, async ({ page, merchant, subscribedCustomer }) => {
    const { starter, pro } = await merchant.catalogue();
    const { customer } = await subscribedCustomer(pro);
    const events = await merchant.recordEvents(customer);
    await page.getByRole("link", { name: `Manage ${pro.name} subscription` }).click();
    await page.getByRole("link", { name: "Change plan" }).click();
    await page.getByRole("link", { name: `Preview ${starter.name}` }).click();
    await expect(page.getByText("Credited to your account")).toBeVisible();
    serverClock.advance(11 * 60 * 1000);
    await page.getByRole("button", { name: "Confirm and switch" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("expired");
    await expect(page.getByRole("heading", { level: 1, name: pro.name })).toBeVisible();
    serverClock.reset();
    expect(await events.typesSince()).not.toContain("subscription.updated");
  });
});
