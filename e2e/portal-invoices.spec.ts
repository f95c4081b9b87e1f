// Invoices: paginated list, detail, a real PDF, paying once even when clicked twice, declines.
import { readFileSync } from "node:fs";
import { expect, test, navigateTo } from "./fixtures";
import { countCharges, eventTypes, findId } from "./portal-db";

test.describe("invoices", () => {
  test("pages through invoices with a cursor", async ({ page, portalAs }) => {
    const url = await portalAs(0);
    await page.goto(`${url.split("#")[0]}/invoices?limit=2`);
    const rows = page.getByRole("table", { name: "Invoices, newest first" }).getByRole("row");
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(1)).toContainText("INV-000003");
    await page.getByRole("link", { name: "Older invoices" }).click();
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1)).toContainText("INV-000001");
    await expect(page.getByRole("link", { name: "Older invoices" })).toHaveCount(0);
    await page.getByRole("link", { name: "Newest invoices" }).click();
    await expect(rows.nth(1)).toContainText("INV-000003");
  });

  test("shows an invoice's lines and totals and downloads a real PDF", async ({ page, portalAs }) => {
    await portalAs(0);
    await page.getByRole("link", { name: "INV-000003" }).click();
    await expect(page.getByRole("heading", { name: "Invoice INV-000003" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "Extra seats × 2" })).toBeVisible();
    await expect(page.getByRole("row", { name: /Amount due/ })).toContainText("$69.00");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download PDF" }).click()]);
    expect(download.suggestedFilename()).toBe("invoice-INV-000003.pdf");
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(bytes.length).toBeGreaterThan(1000);
  });

  test("pays an open invoice once, even when the button is clicked twice", async ({ page, portalAs, acme }) => {
    await portalAs(0);
    await page.getByRole("link", { name: "INV-000003" }).click();
    await page.getByRole("button", { name: "Pay $69.00" }).dblclick();
    await expect(page.getByRole("main").getByRole("status")).toContainText(/paid/);
    await expect(page.getByText("Paid", { exact: true }).first()).toBeVisible();
    await expect(page.getByRole("row", { name: /Amount paid/ })).toContainText("$69.00");
    expect(countCharges("INV-000003", acme.workspaceId)).toBe(1);
    expect(eventTypes(acme.workspaceId).filter((type) => type === "invoice.paid")).toHaveLength(1);
  });

  test("reports a failed payment and leaves the invoice open", async ({ page, portalAs, acme }) => {
    await portalAs(0);
    await navigateTo(page, "Payment methods");
    await page.getByRole("link", { name: "Add a card" }).click();
    await page.getByLabel("Card number").fill("4000 0000 0000 9995");
    await page.getByLabel("Expiry (MM / YY)").fill("12 / 34");
    await page.getByLabel("Security code").fill("123");
    await page.getByRole("button", { name: "Add card" }).click();
    await navigateTo(page, "Invoices");
    await page.getByRole("link", { name: "INV-000003" }).click();
    await page.getByRole("button", { name: "Pay $69.00" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Your card has insufficient funds.");
    await expect(page.getByRole("button", { name: "Pay $69.00" })).toBeVisible();
    expect(eventTypes(acme.workspaceId)).toContain("invoice.payment_failed");
  });

  test("404s another customer's invoice and subscription, and ids that do not exist", async ({ page, portalAs, acme }) => {
    const base = (await portalAs(0)).split("#")[0];
    const alan = acme.customers[2]!.id;
    const alansInvoice = findId("Invoice", acme.workspaceId, { number: "INV-000004" });
    const alansSubscription = findId("Subscription", acme.workspaceId, { customerId: alan });
    for (const path of [`/invoices/${alansInvoice}`, `/invoices/${alansInvoice}/pdf`, `/subscriptions/${alansSubscription}`, "/invoices/inv_01HXAB7K3M9N2P5QRS8TVWXY3Z"]) {
      const response = await page.request.get(`${base}${path}`);
      expect(response.status(), path).toBe(404);
      expect(await response.text()).not.toContain("Alan");
    }
  });
});
