// Workspace toggles and plan-level portalFeatures hide a capability and make the server refuse it.
// The toggles are workspace-wide: the kit restores them after each test, and a remote run uses one
// worker so no other test mints a session meanwhile (playwright.config.ts).
import { expect, test } from "./fixtures";

test.describe("capability toggles", () => {
  test("hides invoices, payment methods, billing details, plan changes and cancellation when the workspace turns them off", async ({
    page,
    merchant,
    openPortalFor,
  }) => {
    const { pro } = await merchant.catalogue();
    const customer = await merchant.customer();
    await merchant.subscription(customer, pro, { billing: "invoice" });
    await merchant.setPortalToggles({
      viewInvoices: false,
      updatePaymentMethod: false,
      changePlan: false,
      cancelSubscription: false,
      updateBillingDetails: false,
    });
    const base = (await openPortalFor(customer)).split("#")[0];
    await expect(page.getByRole("navigation", { name: "Billing" }).getByRole("link")).toHaveText(["Overview"]);
    await expect(page.getByRole("heading", { name: "Recent invoices" })).toHaveCount(0);
    await page.getByRole("link", { name: `Manage ${pro.name} subscription` }).click();
    await expect(page.getByRole("link", { name: "Change plan" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Cancel subscription" })).toHaveCount(0);
    for (const path of ["/invoices", "/payment-methods", "/payment-methods/new", "/billing-details"]) {
      expect((await page.request.get(`${base}${path}`)).status(), path).toBe(404);
    }
    const subscriptionPath = new URL(page.url()).pathname;
    expect((await page.request.get(`${subscriptionPath}/cancel`)).status()).toBe(404);
    expect((await page.request.get(`${subscriptionPath}/change`)).status()).toBe(404);
    // A refused page is a 404 in its title too, never named for what it refuses.
    for (const refused of ["cancel", "change", "pause"]) {
      await page.goto(`${subscriptionPath}/${refused}`);
      await expect(page.getByRole("heading", { level: 1 }), refused).toHaveText("Page not found");
      await expect(page, refused).toHaveTitle(/^Page not found/);
    }
  });

  test("applies settings to sessions minted afterwards", async ({ page, merchant, openPortalFor }) => {
    const base = (await openPortalFor(await merchant.customer())).split("#")[0];
    await merchant.setPortalToggles({ viewInvoices: false });
    await page.goto(base!);
    await expect(page.getByRole("navigation", { name: "Billing" }).getByRole("link", { name: "Invoices" })).toBeVisible();
  });

  test("refuses a cancellation on the server once the plan forbids it", async ({ page, merchant, openPortalFor }) => {
    const pro = await merchant.plan("Pro", 4900);
    const customer = await merchant.customer();
    const subscription = await merchant.subscription(customer, pro, { billing: "invoice" });
    await openPortalFor(customer);
    await page.getByRole("link", { name: `Manage ${pro.name} subscription` }).click();
    const subscriptionPath = new URL(page.url()).pathname;
    await page.getByRole("link", { name: "Cancel subscription" }).click();
    await expect(page.getByRole("heading", { name: `Cancel ${pro.name}?` })).toBeVisible();
    await merchant.setPlanFeatures(pro, { selfServeCancel: false });
    await page.getByRole("button", { name: /^Cancel subscription on / }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("That isn't available in this billing portal.");
    // Nothing changed: the merchant API and the subscription's page still show it running on.
    expect(await merchant.client.subscriptions.get(subscription.id)).toMatchObject({ status: "active", cancelAt: null, cancelAtPeriodEnd: false });
    await page.goto(subscriptionPath);
    await expect(page.getByRole("main").getByText("Active", { exact: true })).toBeVisible();
    await expect(page.getByRole("main").getByText(/^Cancels on /)).toHaveCount(0);
  });

  test("offers only upgrades when the plan allows only upgrades", async ({ page, merchant, openPortalFor }) => {
    const { starter, pro, business } = await merchant.catalogue();
    await merchant.setPlanFeatures(pro, { selfServeDowngrade: false });
    const customer = await merchant.customer();
    await merchant.subscription(customer, pro, { billing: "invoice" });
    await openPortalFor(customer);
    await page.getByRole("link", { name: `Manage ${pro.name} subscription` }).click();
    await page.getByRole("link", { name: "Change plan" }).click();
    await expect(page.getByRole("link", { name: `Preview ${business.name}` })).toBeVisible();
    await expect(page.getByRole("link", { name: `Preview ${starter.name}` })).toHaveCount(0);
  });
});
