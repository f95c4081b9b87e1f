// Every portal page's title names the page and the merchant's brand, and the portal has a favicon
// (issue 12, item 9, in part).
import { expect, test, navigateTo } from "./fixtures";

test("each portal page's title names the page and the brand", async ({ page, merchant, subscribedCustomer }) => {
  const brand = await merchant.brandName();
  const { pro } = await merchant.catalogue();
  const { subscription } = await subscribedCustomer(pro);
  const [invoice] = (await merchant.client.invoices.list({ subscriptionId: subscription.id })).data;

  await expect(page).toHaveTitle(`Billing · ${brand}`);
  await navigateTo(page, "Invoices");
  await expect(page).toHaveTitle(`Invoices · ${brand}`);
  await page.getByRole("link", { name: invoice!.number }).click();
  await expect(page.getByRole("heading", { name: `Invoice ${invoice!.number}` })).toBeVisible();
  await expect(page).toHaveTitle(`Invoice ${invoice!.number} · ${brand}`);
  await navigateTo(page, "Payment methods");
  await expect(page).toHaveTitle(`Payment methods · ${brand}`);
  await page.getByRole("link", { name: "Add a card" }).click();
  await expect(page).toHaveTitle(`Add a card · ${brand}`);
  await navigateTo(page, "Overview");
  await page.getByRole("link", { name: `Manage ${pro.name} subscription` }).click();
  await expect(page.getByRole("heading", { name: pro.name })).toBeVisible();
  await expect(page).toHaveTitle(`${pro.name} · ${brand}`);
  await page.getByRole("link", { name: "Cancel subscription" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Cancel ${pro.name}?` })).toBeVisible();
  await expect(page).toHaveTitle(`Cancel ${pro.name} · ${brand}`);
  await page.goBack();
  await page.getByRole("link", { name: "Change plan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Change plan" })).toBeVisible();
  await expect(page).toHaveTitle(`Change plan · ${brand}`);
});

test("an unknown portal link's title says the page was not found", async ({ page }) => {
  await page.goto("/portal/ps_00000000000000000000000000");
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page).toHaveTitle("Page not found · Plugipay");
});

test("portal pages link a favicon that is served", async ({ page, merchant, openPortalFor }) => {
  await openPortalFor(await merchant.customer());
  const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(href).toBeTruthy();
  const response = await page.request.get(new URL(href!, page.url()).toString());
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("image/svg+xml");
});
