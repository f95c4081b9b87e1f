// Workspace toggles and plan-level portalFeatures hide a capability and make the server refuse it.
import { expect, test } from "./fixtures";
import { setPlanFeatures, setPortalSettings } from "./portal-db";

test.describe("capability toggles", () => {
  test("hides invoices, payment methods, plan changes and cancellation when the workspace turns them off", async ({ page, portalAs, acme }) => {
    setPortalSettings(acme.workspaceId, { viewInvoices: false, updatePaymentMethod: false, changePlan: false, cancelSubscription: false });
    const base = (await portalAs(0)).split("#")[0];
    await expect(page.getByRole("navigation", { name: "Billing" }).getByRole("link")).toHaveText(["Overview"]);
    await expect(page.getByRole("heading", { name: "Recent invoices" })).toHaveCount(0);
    await page.getByRole("link", { name: "Manage Pro subscription" }).click();
    await expect(page.getByRole("link", { name: "Change plan" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Cancel subscription" })).toHaveCount(0);
    for (const path of ["/invoices", "/payment-methods", "/payment-methods/new"]) {
      expect((await page.request.get(`${base}${path}`)).status(), path).toBe(404);
    }
    const subscriptionPath = new URL(page.url()).pathname;
    expect((await page.request.get(`${subscriptionPath}/cancel`)).status()).toBe(404);
    expect((await page.request.get(`${subscriptionPath}/change`)).status()).toBe(404);
  });

  test("applies settings to sessions minted afterwards", async ({ page, portalAs, acme }) => {
    const base = (await portalAs(0)).split("#")[0];
    setPortalSettings(acme.workspaceId, { viewInvoices: false });
    await page.goto(base!);
    await expect(page.getByRole("navigation", { name: "Billing" }).getByRole("link", { name: "Invoices" })).toBeVisible();
  });

  test("refuses a cancellation on the server once the plan forbids it", async ({ page, portalAs, acme }) => {
    await portalAs(0);
    await page.getByRole("link", { name: "Manage Pro subscription" }).click();
    await page.getByRole("link", { name: "Cancel subscription" }).click();
    await expect(page.getByRole("heading", { name: "Cancel Pro?" })).toBeVisible();
    setPlanFeatures(acme.workspaceId, "Pro", { selfServeCancel: false });
    await page.getByRole("button", { name: /^Cancel subscription on / }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("That isn't available in this billing portal.");
    await expect(page.getByText("Cancels soon")).toHaveCount(0);
  });

  test("offers only upgrades when the plan allows only upgrades", async ({ page, portalAs, acme }) => {
    setPlanFeatures(acme.workspaceId, "Pro", { selfServeDowngrade: false });
    await portalAs(0);
    await page.getByRole("link", { name: "Manage Pro subscription" }).click();
    await page.getByRole("link", { name: "Change plan" }).click();
    await expect(page.getByRole("link", { name: "Preview Business" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Preview Starter" })).toHaveCount(0);
  });
});
