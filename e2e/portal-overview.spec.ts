// The overview answers "what do I owe, and when" (issue 12, item 4): an amount-due notice with a Pay
// button, the renewal amount, and "Add a card" for a customer without one.
import { expect, test, attachCard, navigateTo } from "./fixtures";
import { expectNoAxeViolations } from "./kit/axe";

const mediumDate = (value: string | number | Date) => new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(value));

test.describe("overview", () => {
  test("an open invoice shows the amount due, its due date and a Pay button that pays it", async ({ page, merchant, openPortalFor }) => {
    const customer = await merchant.customer();
    const invoice = await merchant.openInvoice(customer, await merchant.plan("Pro", 4900));
    await openPortalFor(customer);
    await attachCard(page);
    await navigateTo(page, "Overview");
    const notice = page.getByRole("region", { name: "Amount due" });
    await expect(notice).toContainText("$49.00");
    expect(invoice.dueAt).toBeTruthy();
    await expect(notice).toContainText(`Due ${mediumDate(invoice.dueAt!)}`);
    await expectNoAxeViolations(page, "overview with an open invoice");
    await notice.getByRole("button", { name: `Pay $49.00 for invoice ${invoice.number}` }).click();
    await expect(page.getByRole("main").getByRole("status")).toContainText(/paid/);
    expect(await merchant.client.invoices.get(invoice.id)).toMatchObject({ status: "paid", amountDue: 0 });
    await navigateTo(page, "Overview");
    await expect(page.getByRole("region", { name: "Amount due" })).toHaveCount(0);
  });

  test("without a card, the amount-due notice sends the customer to add one instead of offering Pay", async ({ page, merchant, openPortalFor }) => {
    const customer = await merchant.customer();
    await merchant.openInvoice(customer, await merchant.plan("Pro", 4900));
    await openPortalFor(customer);
    const notice = page.getByRole("region", { name: "Amount due" });
    await expect(notice).toContainText("You owe $49.00.");
    await expect(notice.getByRole("button", { name: /^Pay/ })).toHaveCount(0);
    await expectNoAxeViolations(page, "overview");
    await notice.getByRole("link", { name: "add a card" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Add a card" })).toBeVisible();
  });

  test("the renewal line gives the amount", async ({ page, merchant, subscribedCustomer }) => {
    const pro = await merchant.plan("Pro", 4900);
    const { subscription } = await subscribedCustomer(pro);
    const item = page.getByRole("listitem", { name: new RegExp(`^${pro.name}`) });
    await expect(item).toContainText(`Renews on ${mediumDate(subscription.currentPeriodEnd)} for $49.00`);
    await expect(page.getByRole("region", { name: "Amount due" })).toHaveCount(0);
  });

  test("a customer with no card is offered Add a card, and one with a card is not", async ({ page, merchant, openPortalFor }) => {
    await openPortalFor(await merchant.customer());
    const payment = page.getByRole("region", { name: "Payment method" });
    await expect(payment).toContainText("No card on file.");
    await payment.getByRole("link", { name: "Add a card" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Add a card" })).toBeVisible();
    await attachCard(page);
    await navigateTo(page, "Overview");
    await expect(page.getByRole("region", { name: "Payment method" }).getByRole("link", { name: "Add a card" })).toHaveCount(0);
  });

  test("a customer whose plan does not let them manage cards is not offered Add a card", async ({ page, merchant, openPortalFor }) => {
    const pro = await merchant.plan("Pro", 4900);
    await merchant.setPlanFeatures(pro, { updatePaymentMethod: false });
    const customer = await merchant.customer();
    await merchant.subscription(customer, pro, { billing: "invoice" });
    await openPortalFor(customer);
    const payment = page.getByRole("region", { name: "Payment method" });
    await expect(payment).toContainText("No card on file.");
    await expect(page.getByRole("listitem", { name: new RegExp(`^${pro.name}`) })).toBeVisible();
    // The cards stay listed (Manage payment methods); adding one is what the plan does not allow.
    await expect(payment.getByRole("link", { name: "Manage payment methods" })).toBeVisible();
    await expect(payment.getByRole("link", { name: "Add a card" })).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Amount due" }).getByRole("link", { name: "add a card" })).toHaveCount(0);
  });
});
