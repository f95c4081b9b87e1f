// The portal's main navigation says where the customer is (issue 12, item 1: aria-current).
import { expect, test, navigateTo } from "./fixtures";

test("the main navigation marks the current page, sub-pages included", async ({ page, merchant, subscribedCustomer }) => {
  const { pro } = await merchant.catalogue();
  const { subscription } = await subscribedCustomer(pro);
  const [invoice] = (await merchant.client.invoices.list({ subscriptionId: subscription.id })).data;
  const nav = page.getByRole("navigation", { name: "Billing" });
  const current = nav.locator('[aria-current="page"]');

  await expect(page.getByRole("heading", { level: 1, name: "Billing", exact: true })).toBeVisible();
  await expect(current).toHaveText(["Overview"]);
  await navigateTo(page, "Invoices");
  await expect(current).toHaveText(["Invoices"]);
  await page.getByRole("link", { name: invoice!.number }).click();
  await expect(page.getByRole("heading", { name: `Invoice ${invoice!.number}` })).toBeVisible();
  await expect(current).toHaveText(["Invoices"]);
  await navigateTo(page, "Payment methods");
  await expect(current).toHaveText(["Payment methods"]);
  await navigateTo(page, "Overview");
  await page.getByRole("link", { name: `Manage ${pro.name} subscription` }).click();
  await expect(page.getByRole("heading", { name: pro.name })).toBeVisible();
  await expect(current).toHaveText(["Overview"]);
});
