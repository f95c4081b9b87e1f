// Downgrades in the portal (issue 12, items 2 and 8): under downgradeTiming "now" the credit is said,
// linked to its invoice and shown as account credit; under "period_end" the change is scheduled, said
// in the preview, the confirmation and the overview, and can be undone. At 1280 and 390 px, axe clean.
import { expect, navigateTo, test } from "./fixtures";
import { expectNoAxeViolations } from "./kit/axe";

const WIDTHS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;

/** The workspace-wide setting, put back after each test. */
test.afterEach(async ({ merchant }) => {
  await merchant.client.portalSettings.update({ downgradeTiming: "now" });
});

for (const viewport of WIDTHS) {
  test.describe(`downgrades at ${viewport.width} px`, () => {
    test.use({ viewport });

    test("at the end of the period: previewed, confirmed, shown, and undone", async ({ page, merchant, subscribedCustomer }) => {
      await merchant.client.portalSettings.update({ downgradeTiming: "period_end" });
      const { starter, pro } = await merchant.catalogue();
      const { customer, subscription } = await subscribedCustomer(pro);
      const events = await merchant.recordEvents(customer);
      const renews = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(subscription.currentPeriodEnd));

      await page.getByRole("link", { name: `Manage ${pro.name} subscription` }).click();
      await page.getByRole("link", { name: "Change plan" }).click();
      await page.getByRole("link", { name: `Preview ${starter.name}` }).click();
      const preview = page.getByRole("region", { name: `Switch from ${pro.name} to ${starter.name}` });
      await expect(preview.getByText(`${renews}, at the end of your paid period`)).toBeVisible();
      await expect(preview.getByTestId("amount-due-today")).toHaveText("$0.00");
      await expect(preview.getByText(/Nothing is charged or credited now, and you can undo the change until then\./)).toBeVisible();
      await expectNoAxeViolations(page, `scheduled preview at ${viewport.width}`);
      await preview.getByRole("button", { name: `Switch on ${renews}` }).click();

      await expect(page.getByRole("main").getByRole("status")).toHaveText(
        `Your plan changes to ${starter.name} on ${renews}. Nothing is charged or credited now; until then you keep ${pro.name}.`,
      );
      await expect(page.getByRole("heading", { level: 1, name: pro.name })).toBeVisible();
      await expect(page.getByText(`Changes to ${starter.name} on ${renews}`, { exact: true })).toBeVisible();
      await expect(page.getByText(`${renews} · $19.00`)).toBeVisible(); // the next payment, on the new price
      await expectNoAxeViolations(page, `scheduled subscription at ${viewport.width}`);

      await navigateTo(page, "Overview");
      await expect(page.getByText(`Changes to ${starter.name} on ${renews}, then renews for $19.00`)).toBeVisible();
      await expectNoAxeViolations(page, `overview with a scheduled change at ${viewport.width}`);
      const fromApi = await merchant.client.subscriptions.get(subscription.id);
      expect(fromApi).toMatchObject({ priceId: pro.priceId, scheduledChange: { priceId: starter.priceId, planId: starter.id } });

      await page.getByRole("link", { name: `Manage ${pro.name} subscription` }).click();
      await page.getByRole("button", { name: `Keep ${pro.name}` }).click();
      await expect(page.getByRole("main").getByRole("status")).toHaveText(`The scheduled change is undone. You stay on ${pro.name}.`);
      await expect(page.getByText("Scheduled change", { exact: true })).toHaveCount(0);
      expect(await merchant.client.subscriptions.get(subscription.id)).toMatchObject({ scheduledChange: null });
      const types = await events.typesSince();
      expect(types.filter((type) => type === "subscription.updated")).toHaveLength(2);
      expect(types).not.toContain("invoice.paid");
    });
  });
}

test("at once: the credit is said, linked to its invoice, and shown as account credit", async ({ page, merchant, subscribedCustomer }) => {
  const { starter, pro } = await merchant.catalogue();
  const { customer } = await subscribedCustomer(pro);
  await page.getByRole("link", { name: `Manage ${pro.name} subscription` }).click();
  await page.getByRole("link", { name: "Change plan" }).click();
  await page.getByRole("link", { name: `Preview ${starter.name}` }).click();
  await expect(page.getByText("Credited to your account")).toBeVisible();
  const credited = (await page.getByTestId("amount-due-today").textContent())!;
  expect(credited).toMatch(/^\$\d+\.\d{2}$/);
  await expectNoAxeViolations(page, "immediate preview");
  await page.getByRole("button", { name: "Confirm and switch" }).click();

  const status = page.getByRole("main").getByRole("status");
  await expect(status).toContainText(`Your plan is now ${starter.name}. ${credited} was credited to your account (invoice INV-`);
  await expect(status).toContainText("and is applied to your next invoices.");
  await expect(page.getByRole("heading", { level: 1, name: starter.name })).toBeVisible();
  await expectNoAxeViolations(page, "after the downgrade");
  const invoiceLink = page.getByRole("link", { name: /^View invoice INV-/ });
  const number = (await invoiceLink.textContent())!.replace("View invoice ", "");
  await invoiceLink.click();
  await expect(page.getByRole("heading", { level: 1, name: `Invoice ${number}` })).toBeVisible();
  // A credit reads as a credit, not as a paid invoice: its badge, and what went to the account.
  await expect(page.getByText("Credit", { exact: true })).toBeVisible();
  await expect(page.getByRole("row", { name: /^Credited to your account/ })).toContainText(credited);
  await expect(page.getByRole("row", { name: /^Amount paid/ })).toHaveCount(0);
  await expectNoAxeViolations(page, "the credit invoice");
  const download = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download PDF" }).click()]).then(([file]) => file);
  expect(download.suggestedFilename()).toBe(`credit-note-${number}.pdf`); // named as the credit note it is

  await navigateTo(page, "Overview");
  await expect(page.getByText(`Account credit: ${credited}`)).toBeVisible();
  await expectNoAxeViolations(page, "overview with account credit");
  expect(await merchant.client.customers.get(customer.id)).toMatchObject({
    creditBalance: { amount: Number(credited.replace(/[$.,]/g, "")), currency: "USD" },
  });
});
