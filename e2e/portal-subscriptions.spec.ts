// Subscriptions in the portal: cancel at period end, resume, change plan with a price preview.
import { expect, test, advanceServerClock, navigateTo } from "./fixtures";
import { eventTypes } from "./portal-db";

test.describe("subscriptions", () => {
  test("cancels at period end with a reason, after saying when access ends", async ({ page, portalAs, acme }) => {
    await portalAs(0);
    await page.getByRole("link", { name: "Manage Pro subscription" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Pro" })).toBeVisible();
    await page.getByRole("link", { name: "Cancel subscription" }).click();
    await expect(page.getByRole("heading", { name: "Cancel Pro?" })).toBeVisible();
    await expect(page.getByText(/stays active until/)).toBeVisible();
    await page.getByLabel("Why are you cancelling? (optional)").selectOption("too_expensive");
    await page.getByRole("button", { name: /^Cancel subscription on / }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText("Your subscription is set to cancel at the end of the current period.");
    await expect(page.getByText("Cancels soon")).toBeVisible();
    await expect(page.getByRole("button", { name: "Resume subscription" })).toBeVisible();
    expect(eventTypes(acme.workspaceId)).toContain("subscription.cancelled");
  });

  test("resumes a subscription that is set to cancel", async ({ page, portalAs, acme }) => {
    await portalAs(2);
    await expect(page.getByText(/Access ends on/)).toBeVisible();
    await page.getByRole("link", { name: "Manage Starter subscription" }).click();
    await page.getByRole("button", { name: "Resume subscription" }).click();
    await expect(page.getByRole("main").getByRole("status")).toContainText("Your subscription will continue");
    await expect(page.getByText("Next payment")).toBeVisible();
    await expect(page.getByRole("link", { name: "Cancel subscription" })).toBeVisible();
    expect(eventTypes(acme.workspaceId)).toContain("subscription.updated");
  });

  test("previews a plan change on the server and charges exactly the preview", async ({ page, portalAs, acme }) => {
    await portalAs(0);
    await page.getByRole("link", { name: "Manage Pro subscription" }).click();
    await page.getByRole("link", { name: "Change plan" }).click();
    await expect(page.getByRole("heading", { name: "Starter" })).toBeVisible();
    await page.getByRole("link", { name: "Preview Business" }).click();
    await expect(page.getByRole("heading", { name: "Switch from Pro to Business" })).toBeVisible();
    const dueToday = await page.getByTestId("amount-due-today").textContent();
    expect(dueToday).toMatch(/^\$\d+\.\d{2}$/);
    await page.getByRole("button", { name: `Confirm and pay ${dueToday}` }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText("Your plan has been changed.");
    await expect(page.getByRole("heading", { level: 1, name: "Business" })).toBeVisible();
    await navigateTo(page, "Invoices");
    await expect(page.getByRole("row").filter({ hasText: dueToday! })).toContainText("Paid");
    const types = eventTypes(acme.workspaceId);
    expect(types).toContain("subscription.updated");
    expect(types).toContain("invoice.paid");
  });

  test("refuses a preview that has gone stale, and charges nothing", async ({ page, portalAs, acme }) => {
    await portalAs(0);
    await page.getByRole("link", { name: "Manage Pro subscription" }).click();
    await page.getByRole("link", { name: "Change plan" }).click();
    await page.getByRole("link", { name: "Preview Starter" }).click();
    await expect(page.getByText("Credited to your account")).toBeVisible();
    advanceServerClock(11 * 60 * 1000);
    await page.getByRole("button", { name: "Confirm and switch" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("expired");
    await expect(page.getByRole("heading", { level: 1, name: "Pro" })).toBeVisible();
    expect(eventTypes(acme.workspaceId)).not.toContain("subscription.updated");
  });
});
