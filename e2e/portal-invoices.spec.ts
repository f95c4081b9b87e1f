// Invoices: paginated list, detail, a real PDF, paying once even when clicked twice, declines.
import { readFileSync } from "node:fs";
import { expect, test, attachCard, navigateTo, submitCard } from "./fixtures";
import { expectNoAxeViolations } from "./kit/axe";

test.describe("invoices", () => {
  test("pages through invoices with a cursor", async ({ page, merchant, openPortalFor }) => {
    const pro = await merchant.plan("Pro", 4900);
    const customer = await merchant.customer();
    const oldest = await merchant.openInvoice(customer, pro);
    const middle = await merchant.openInvoice(customer, pro);
    const newest = await merchant.openInvoice(customer, pro);
    const url = await openPortalFor(customer);
    await page.goto(`${url.split("#")[0]}/invoices?limit=2`);
    const rows = page.getByRole("table", { name: "Invoices, newest first" }).getByRole("row");
    await expect(rows).toHaveText([/^Invoice/, new RegExp(newest.number), new RegExp(middle.number)]);
    await page.getByRole("link", { name: "Older invoices" }).click();
    await expect(rows).toHaveText([/^Invoice/, new RegExp(oldest.number)]);
    await expect(page.getByRole("link", { name: "Older invoices" })).toHaveCount(0);
    await page.getByRole("link", { name: "Newer invoices" }).click();
    await expect(rows).toHaveText([/^Invoice/, new RegExp(newest.number), new RegExp(middle.number)]);
  });

  test("shows an invoice's lines and totals and downloads a real PDF", async ({ page, merchant, openPortalFor }) => {
    const pro = await merchant.plan("Pro", 4900);
    const customer = await merchant.customer();
    const invoice = await merchant.openInvoice(customer, pro);
    await openPortalFor(customer);
    await page.getByRole("link", { name: invoice.number }).click();
    await expect(page.getByRole("heading", { name: `Invoice ${invoice.number}` })).toBeVisible();
    await expect(page.getByRole("cell", { name: `${pro.name} (monthly)` })).toBeVisible();
    await expect(page.getByRole("row", { name: /Amount due/ })).toContainText("$49.00");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download PDF" }).click()]);
    expect(download.suggestedFilename()).toBe(`invoice-${invoice.number}.pdf`);
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(bytes.length).toBeGreaterThan(1000);
  });

  test("at 390 px the list and an invoice's page read by role and label, with no sideways scrolling", async ({ page, merchant, openPortalFor }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const pro = await merchant.plan("Pro", 4900);
    const customer = await merchant.customer();
    const invoice = await merchant.openInvoice(customer, pro);
    await openPortalFor(customer);
    await navigateTo(page, "Invoices");
    await expect(page.getByText("1 invoice", { exact: true })).toBeVisible();
    const item = page.getByRole("list", { name: "Invoices, newest first" }).getByRole("listitem").filter({ hasText: invoice.number });
    await expect(item.getByText("$49.00", { exact: true })).toBeInViewport();
    await expect(item.getByText("Open", { exact: true })).toBeInViewport();
    await expect(item.getByRole("link", { name: "Download PDF" })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectNoAxeViolations(page, "invoices at 390px");

    await item.getByRole("link", { name: invoice.number, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Invoice ${invoice.number}` })).toBeVisible();
    await expect(page.getByRole("term")).toHaveText(["Issued", "Due"]);
    const lines = page.getByRole("table", { name: "Invoice lines and totals" });
    await expect(lines.getByRole("cell", { name: `${pro.name} (monthly)` })).toBeVisible();
    await expect(lines.getByRole("row", { name: /Amount due/ })).toContainText("$49.00");
    await expect(page.getByRole("link", { name: "Download PDF" })).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectNoAxeViolations(page, "invoice at 390px");
  });

  test("pays an open invoice once, even when the button is clicked twice", async ({ page, merchant, openPortalFor }) => {
    const customer = await merchant.customer();
    const invoice = await merchant.openInvoice(customer, await merchant.plan("Pro", 4900));
    await openPortalFor(customer);
    await attachCard(page);
    const events = await merchant.recordEvents(customer);
    await navigateTo(page, "Invoices");
    await page.getByRole("link", { name: invoice.number }).click();
    await page.getByRole("button", { name: "Pay $49.00" }).dblclick();
    await expect(page.getByRole("main").getByRole("status")).toContainText(/paid/);
    await expect(page.getByRole("button", { name: "Pay $49.00" })).toHaveCount(0);
    await expect(page.getByRole("row", { name: /Amount paid/ })).toContainText("$49.00");
    await navigateTo(page, "Invoices");
    await expect(page.getByRole("row", { name: new RegExp(invoice.number) })).toContainText("Paid");
    // One charge: a single collection attempt, and a single invoice.paid event.
    expect(await merchant.client.invoices.get(invoice.id)).toMatchObject({ status: "paid", collectionAttempts: 1, amountPaid: 4900, amountDue: 0 });
    expect((await events.since()).filter((event) => event.type === "invoice.paid")).toHaveLength(1);
  });

  test("reports a failed payment and leaves the invoice open", async ({ page, merchant, openPortalFor }) => {
    const customer = await merchant.customer();
    const invoice = await merchant.openInvoice(customer, await merchant.plan("Pro", 4900));
    const events = await merchant.recordEvents(customer);
    await openPortalFor(customer);
    await submitCard(page, "4000 0000 0000 9995");
    await navigateTo(page, "Invoices");
    await page.getByRole("link", { name: invoice.number }).click();
    await page.getByRole("button", { name: "Pay $49.00" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Your card has insufficient funds.");
    await expect(page.getByRole("button", { name: "Pay $49.00" })).toBeVisible();
    expect(await events.typesSince()).toContain("invoice.payment_failed");
    expect(await merchant.client.invoices.get(invoice.id)).toMatchObject({ status: "open" });
  });

  test("404s another customer's invoice and subscription, and ids that do not exist", async ({ page, merchant, openPortalFor }) => {
    const pro = await merchant.plan("Pro", 4900);
    const alan = await merchant.customer("Alan Turing");
    const alansInvoice = await merchant.openInvoice(alan, pro);
    const base = (await openPortalFor(await merchant.customer())).split("#")[0];
    for (const path of [
      `/invoices/${alansInvoice.id}`,
      `/invoices/${alansInvoice.id}/pdf`,
      `/subscriptions/${alansInvoice.subscriptionId}`,
      "/invoices/inv_01HXAB7K3M9N2P5QRS8TVWXY3Z",
    ]) {
      const response = await page.request.get(`${base}${path}`);
      expect(response.status(), path).toBe(404);
      expect(await response.text()).not.toContain("Alan");
    }
  });
});
