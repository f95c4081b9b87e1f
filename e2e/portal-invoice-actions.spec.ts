// Invoices a customer can act on (issue 12, item 3): each row offers the PDF, the due date of an open
// invoice and Pay (the invoice page's pay action); each invoice says what it was for; pages go both
// ways and say where they are; an unpaid invoice says nothing about payment, a paid one names the
// card. At 1280 and 360 px, with axe.
import type { Invoice } from "../lib/sdk";
import { expect, test, attachCard, navigateTo } from "./fixtures";
import type { MerchantFactories } from "./kit/create-merchant-factories";
import { expectNoAxeViolations } from "./kit/axe";

const PHONE = { width: 360, height: 740 };

/** As the portal prints dates for an en-US browser. */
function usDate(value: string | null): string {
  return new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(value!));
}

/** "Pro 1a2b3c · Dec 2, 2026 – Jan 2, 2027": the plan and the period the subscription's first invoice opens. */
async function periodPurpose(merchant: MerchantFactories, invoice: Invoice, planName: string): Promise<string> {
  const subscription = await merchant.client.subscriptions.get(invoice.subscriptionId!);
  return `${planName} · ${usDate(subscription.currentPeriodStart)} – ${usDate(subscription.currentPeriodEnd)}`;
}

test.describe("invoices a customer can act on", () => {
  test("pages both ways, saying how many there are", async ({ page, merchant, openPortalFor }) => {
    const pro = await merchant.plan("Pro", 4900);
    const customer = await merchant.customer();
    const oldest = await merchant.openInvoice(customer, pro);
    const middle = await merchant.openInvoice(customer, pro);
    const newest = await merchant.openInvoice(customer, pro);
    const url = await openPortalFor(customer);
    await page.goto(`${url.split("#")[0]}/invoices?limit=2`);
    const rows = page.getByRole("table", { name: "Invoices, newest first" }).getByRole("row");
    await expect(page.getByText("Invoices 1–2 of 3")).toBeVisible();
    await expect(rows).toHaveText([/^Invoice/, new RegExp(newest.number), new RegExp(middle.number)]);
    await expect(page.getByRole("link", { name: "Newer invoices" })).toHaveCount(0);
    await page.getByRole("navigation", { name: "Invoice pages" }).getByRole("link", { name: "Older invoices" }).click();
    await expect(page.getByText("Invoice 3 of 3")).toBeVisible();
    await expect(rows).toHaveText([/^Invoice/, new RegExp(oldest.number)]);
    await expect(page.getByRole("link", { name: "Older invoices" })).toHaveCount(0);
    await page.getByRole("link", { name: "Newer invoices" }).click();
    await expect(page.getByText("Invoices 1–2 of 3")).toBeVisible();
    await expect(rows).toHaveText([/^Invoice/, new RegExp(newest.number), new RegExp(middle.number)]);
    await page.goto(`${url.split("#")[0]}/invoices`);
    await expect(page.getByText("3 invoices", { exact: true })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Invoice pages" }).getByRole("link")).toHaveCount(0);
  });

  test("an open invoice's row gives what it was for, its due date, the PDF and Pay; paying names the card", async ({ page, merchant, openPortalFor }) => {
    const pro = await merchant.plan("Pro", 4900);
    const customer = await merchant.customer();
    await openPortalFor(customer);
    await attachCard(page, "5555 5555 5555 4444");
    const invoice = await merchant.openInvoice(customer, pro);
    const purpose = await periodPurpose(merchant, invoice, pro.name);
    await navigateTo(page, "Invoices");
    const row = page.getByRole("row", { name: new RegExp(invoice.number) });
    await expect(row.getByRole("cell").first()).toHaveText(`${invoice.number}${purpose}`);
    await expect(row.getByRole("cell").nth(1)).toHaveText(`${usDate(invoice.issuedAt)}Due ${usDate(invoice.dueAt)}`);
    await expect(row.getByRole("cell", { name: "$49.00", exact: true })).toBeVisible();
    await expect(row.getByRole("cell", { name: "Open", exact: true })).toBeVisible();
    await expect(row.getByRole("link", { name: "Download PDF" })).toHaveAttribute("href", new RegExp(`/invoices/${invoice.id}/pdf$`));
    await expectNoAxeViolations(page, "invoices with actions");
    // From 768 px the table, actions and all, fits without sideways scrolling.
    for (const width of [768, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      const frame = page.getByRole("table", { name: "Invoices, newest first" }).locator("..");
      expect(await frame.evaluate((element) => element.scrollWidth - element.clientWidth), `the table scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
    }

    await row.getByRole("button", { name: `Pay $49.00 for invoice ${invoice.number}` }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText("Thank you — the invoice is paid.");
    await expect(page.getByRole("heading", { name: `Invoice ${invoice.number}` })).toBeVisible();
    await expect(page.getByText(purpose, { exact: true })).toBeVisible();
    await expect(page.getByRole("term")).toHaveText(["Issued", "Paid", "Paid with"]);
    await expect(page.getByRole("definition").last()).toHaveText("Mastercard ending in 4444");
    await expectNoAxeViolations(page, "paid invoice");
    await page.setViewportSize({ width: 390, height: 844 }); // the paid invoice on a phone: the same facts, axe clean
    await expect(page.getByRole("term")).toHaveText(["Issued", "Paid", "Paid with"]);
    await expect(page.getByRole("definition").last()).toHaveText("Mastercard ending in 4444");
    await expectNoAxeViolations(page, "paid invoice at 390px");
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await merchant.client.invoices.get(invoice.id)).toMatchObject({ status: "paid", amountPaid: 4900 });

    await navigateTo(page, "Invoices");
    const paidRow = page.getByRole("row", { name: new RegExp(invoice.number) });
    await expect(paidRow.getByRole("cell", { name: "Paid", exact: true })).toBeVisible();
    await expect(paidRow.getByRole("cell").nth(1)).toHaveText(usDate(invoice.issuedAt)); // no due date once paid
    await expect(paidRow.getByRole("button")).toHaveCount(0);
    await expect(paidRow.getByRole("link", { name: "Download PDF" })).toBeVisible();
    await page.setViewportSize({ width: 390, height: 844 }); // below 768 px the list replaces the table
    const paidItem = page.getByRole("list", { name: "Invoices, newest first" }).getByRole("listitem").filter({ hasText: invoice.number });
    await expect(paidItem.getByText("Paid", { exact: true })).toBeVisible();
    await expect(paidItem.getByRole("button")).toHaveCount(0);
    await expectNoAxeViolations(page, "invoices at 390px");
  });

  test("an unpaid invoice says nothing about payment; without a card the customer is sent to add one", async ({ page, merchant, openPortalFor }) => {
    const pro = await merchant.plan("Pro", 4900);
    const customer = await merchant.customer();
    const invoice = await merchant.openInvoice(customer, pro);
    await openPortalFor(customer);
    await navigateTo(page, "Invoices");
    await expect(page.getByRole("button", { name: /^Pay/ })).toHaveCount(0);
    await expect(page.getByRole("main").getByRole("link", { name: "add a card" })).toHaveAttribute("href", /\/payment-methods\/new$/);
    await page.getByRole("link", { name: invoice.number, exact: true }).click();
    await expect(page.getByRole("heading", { name: `Invoice ${invoice.number}` })).toBeVisible();
    await expect(page.getByRole("term")).toHaveText(["Issued", "Due"]);
    await expect(page.getByRole("main")).not.toContainText("Paid");
    await expect(page.getByText("To pay this invoice, add a card.")).toBeVisible();
    await expectNoAxeViolations(page, "unpaid invoice without a card");
  });

  test("a plan change's invoice says it is a proration, for the rest of the period, and names the card", async ({ page, merchant, subscribedCustomer }) => {
    const { pro, business } = await merchant.catalogue();
    const { subscription } = await subscribedCustomer(pro);
    await page.getByRole("link", { name: `Manage ${pro.name} subscription` }).click();
    await page.getByRole("link", { name: "Change plan" }).click();
    await page.getByRole("link", { name: `Preview ${business.name}` }).click();
    await page.getByRole("button", { name: /^Confirm and pay/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: business.name })).toBeVisible();
    await navigateTo(page, "Invoices");
    const row = page.getByRole("row").filter({ hasText: "Plan change" });
    await expect(row.getByRole("cell").first()).toContainText(`Plan change from ${pro.name} to ${business.name}, prorated · `);
    await expect(row.getByRole("cell").first()).toContainText(` – ${usDate(subscription.currentPeriodEnd)}`);
    await expect(row.getByRole("cell", { name: "Paid", exact: true })).toBeVisible();
    const number = (await row.getByRole("link", { name: /^INV-/ }).textContent())!;
    await row.getByRole("link", { name: number }).click();
    await expect(page.getByRole("heading", { name: `Invoice ${number}` })).toBeVisible();
    await expect(page.getByText(`Plan change from ${pro.name} to ${business.name}, prorated`)).toBeVisible();
    await expect(page.getByRole("definition").last()).toHaveText("Visa ending in 4242");
  });

  test("on a 360 px phone each invoice is a card with status and amount on screen, Pay first", async ({ page, merchant, openPortalFor }) => {
    await page.setViewportSize(PHONE);
    const plan = await merchant.plan("Enterprise annual", 1_299_900);
    const customer = await merchant.customer();
    await openPortalFor(customer);
    await attachCard(page);
    const invoice = await merchant.openInvoice(customer, plan);
    const purpose = await periodPurpose(merchant, invoice, plan.name);
    await navigateTo(page, "Invoices");
    await expect(page.getByRole("table")).toHaveCount(0); // below 768 px the list replaces the table
    const item = page.getByRole("list", { name: "Invoices, newest first" }).getByRole("listitem").filter({ hasText: invoice.number });
    await expect(item).toContainText(purpose);
    await expect(item).toContainText(`Due ${usDate(invoice.dueAt)}`);
    await expect(item.getByText("$12,999.00", { exact: true })).toBeInViewport();
    await expect(item.getByText("Open", { exact: true })).toBeInViewport();
    const pay = item.getByRole("button", { name: `Pay $12,999.00 for invoice ${invoice.number}` });
    const pdf = item.getByRole("link", { name: "Download PDF" });
    for (const element of [item, pay, pdf]) {
      const box = (await element.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    }
    // Pay comes first: before the PDF in reading and keyboard order, and not below it.
    expect(
      await pay.evaluate((button, link) => Boolean(button.compareDocumentPosition(link!) & Node.DOCUMENT_POSITION_FOLLOWING), await pdf.elementHandle()),
    ).toBe(true);
    expect((await pay.boundingBox())!.y).toBeLessThanOrEqual((await pdf.boundingBox())!.y);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await expectNoAxeViolations(page, "phone invoices");

    await item.getByRole("link", { name: invoice.number }).click();
    await expect(page.getByRole("heading", { name: `Invoice ${invoice.number}` })).toBeVisible();
    const payOnDetail = page.getByRole("button", { name: "Pay $12,999.00", exact: true });
    await expect(payOnDetail).toBeInViewport();
    const lines = page.getByRole("table", { name: "Invoice lines and totals" });
    expect((await payOnDetail.boundingBox())!.y).toBeLessThan((await lines.boundingBox())!.y);
    expect(await lines.locator("..").evaluate((frame) => frame.scrollWidth - frame.clientWidth)).toBeLessThanOrEqual(0);
    const amountDue = (await lines.getByRole("row", { name: /Amount due/ }).boundingBox())!;
    expect(amountDue.x + amountDue.width).toBeLessThanOrEqual(PHONE.width);
    await expectNoAxeViolations(page, "phone invoice");
  });
});
