// Billing details in the portal (issue 12, item 5; docs/api.md §7.7): the customer edits name, email,
// address and tax ID; the merchant API shows the change and customer.updated is emitted; every problem
// is shown at once next to its field with what was typed kept; keyboard alone, without JavaScript,
// axe-clean at desktop and phone widths; gone when the merchant turns it off.
import type { Page } from "@playwright/test";
import { expect, test, navigateTo } from "./fixtures";
import { expectNoAxeViolations } from "./kit/axe";

const WIDTHS = [
  { name: "desktop", viewport: { width: 1280, height: 900 } },
  { name: "phone", viewport: { width: 390, height: 844 } },
] as const;

async function fillAddress(page: Page) {
  await page.getByLabel("Street address").fill("Jl. Sudirman 1");
  await page.getByLabel("City").fill("Jakarta");
  await page.getByLabel("Postal code").fill("10220");
  await page.getByLabel("Country").selectOption({ label: "Indonesia" });
}

for (const { name, viewport } of WIDTHS) {
  test.describe(`billing details (${name})`, () => {
    test.use({ viewport });

    test("saves name, email, address and tax ID; the merchant API shows them and customer.updated is emitted", async ({ page, merchant, openPortalFor }) => {
      const customer = await merchant.customer("Ada Lovelace");
      const events = await merchant.recordEvents(customer);
      await openPortalFor(customer);
      await navigateTo(page, "Billing details");
      await expect(page.getByLabel("Billing name")).toHaveValue("Ada Lovelace");
      await expect(page.getByLabel("Billing email")).toHaveValue(customer.email!);
      await expectNoAxeViolations(page, "billing details");
      await page.getByLabel("Billing name").fill("PT Maju Jaya");
      await page.getByLabel("Billing email").fill("billing@maju.example");
      await fillAddress(page);
      await page.getByLabel("Tax ID").fill("01.234.567.8-901.000");
      await page.getByRole("button", { name: "Save billing details" }).click();
      await expect(page.getByRole("main").getByRole("status")).toHaveText("Your billing details have been saved.");
      await expect(page.getByLabel("Street address")).toHaveValue("Jl. Sudirman 1");
      await expect(page.getByLabel("Country")).toHaveValue("ID");

      const stored = await merchant.client.customers.get(customer.id);
      expect(stored).toMatchObject({
        name: "PT Maju Jaya",
        email: "billing@maju.example",
        taxId: "01.234.567.8-901.000",
        address: { line1: "Jl. Sudirman 1", line2: null, city: "Jakarta", state: null, postalCode: "10220", country: "ID" },
      });
      const updates = (await events.since()).filter((event) => event.type === "customer.updated");
      expect(updates).toHaveLength(1);
      expect(updates[0]!.data.previousAttributes).toEqual({ name: "Ada Lovelace", email: customer.email, taxId: null, address: null });
    });

    test("shows every problem at once next to its field and keeps what was typed", async ({ page, merchant, openPortalFor }) => {
      const customer = await merchant.customer("Grace Hopper");
      await openPortalFor(customer);
      await navigateTo(page, "Billing details");
      await page.getByLabel("Billing name").fill("");
      await page.getByLabel("Billing email").fill("grace@");
      await page.getByLabel("Postal code").fill("10220");
      await page.getByLabel("Tax ID").fill("<script>");
      await page.getByRole("button", { name: "Save billing details" }).click();
      await expect(page.getByRole("main").getByRole("alert")).toHaveText("Check the 6 fields marked below.");
      const problems = {
        "Billing name": "Enter the name to bill.",
        "Billing email": "Enter an email address like name@example.com.",
        "Street address": "Enter the street address, or clear the whole address.",
        City: "Enter the city, or clear the whole address.",
        Country: "Choose a country, or clear the whole address.",
        "Tax ID": "Use only letters, digits, spaces, dots, dashes and slashes.",
      };
      for (const [label, message] of Object.entries(problems)) {
        const field = page.getByLabel(label);
        await expect(field, label).toHaveAttribute("aria-invalid", "true");
        await expect(field, label).toHaveAccessibleDescription(new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
      }
      await expect(page.getByLabel("Billing name")).toBeFocused();
      await expect(page.getByLabel("Billing email")).toHaveValue("grace@");
      await expect(page.getByLabel("Postal code")).toHaveValue("10220");
      await expect(page.getByLabel("Postal code")).not.toHaveAttribute("aria-invalid", "true");
      await expect(page.getByLabel("Tax ID")).toHaveValue("<script>");
      await expectNoAxeViolations(page, "billing details with errors");
      expect((await merchant.client.customers.get(customer.id)).name).toBe("Grace Hopper");

      await page.getByLabel("Billing name").fill("Grace B. Hopper");
      await page.getByLabel("Billing email").fill("grace@navy.example");
      await page.getByLabel("Postal code").fill("");
      await page.getByLabel("Tax ID").fill("");
      await page.getByRole("button", { name: "Save billing details" }).click();
      await expect(page.getByRole("main").getByRole("status")).toHaveText("Your billing details have been saved.");
      await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
      await expect(page.getByLabel("Billing name")).not.toHaveAttribute("aria-invalid", "true");
      await expect(page.getByLabel("Billing name")).toHaveValue("Grace B. Hopper");
      expect(await merchant.client.customers.get(customer.id)).toMatchObject({ name: "Grace B. Hopper", email: "grace@navy.example", address: null });
    });
  });
}

test.describe("billing details", () => {
  test("can be filled and saved with the keyboard alone", async ({ page, merchant, openPortalFor }) => {
    const customer = await merchant.customer("Alan Turing");
    await openPortalFor(customer);
    await navigateTo(page, "Billing details");
    await page.getByLabel("Billing name").focus();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("Alan M. Turing");
    await page.keyboard.press("Tab"); // email
    await page.keyboard.press("Tab"); // street address
    await expect(page.getByLabel("Street address")).toBeFocused();
    await page.keyboard.type("Sherborne School");
    await page.keyboard.press("Tab"); // line 2
    await page.keyboard.press("Tab"); // city
    await page.keyboard.type("Sherborne");
    await page.keyboard.press("Tab"); // state
    await page.keyboard.press("Tab"); // postal code
    await page.keyboard.type("DT9 3AP");
    await page.keyboard.press("Tab"); // country
    await expect(page.getByLabel("Country")).toBeFocused();
    await page.keyboard.type("United Kingdom");
    await page.keyboard.press("Tab"); // tax ID
    await page.keyboard.press("Tab"); // save
    await expect(page.getByRole("button", { name: "Save billing details" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("main").getByRole("status")).toHaveText("Your billing details have been saved.");
    expect(await merchant.client.customers.get(customer.id)).toMatchObject({
      name: "Alan M. Turing",
      address: { line1: "Sherborne School", city: "Sherborne", postalCode: "DT9 3AP", country: "GB" },
    });
  });

  test("works without JavaScript: problems shown next to their fields, then saved", async ({ page, browser, merchant, openPortalFor }) => {
    const customer = await merchant.customer("Katherine Johnson");
    const detailsUrl = `${(await openPortalFor(customer)).split("#")[0]!}/billing-details`;
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    await noScript.addCookies(await page.context().cookies());
    const plain = await noScript.newPage();
    await plain.goto(detailsUrl);
    await plain.getByLabel("Billing email").fill("not an email");
    await plain.getByLabel("City").fill("Hampton");
    await plain.getByRole("button", { name: "Save billing details" }).click();
    await expect(plain.getByRole("main").getByRole("alert")).toHaveText("Check the 3 fields marked below.");
    await expect(plain.getByLabel("Billing email")).toHaveAccessibleDescription("Enter an email address like name@example.com.");
    await expect(plain.getByLabel("Billing email")).toHaveValue("not an email");
    await expect(plain.getByLabel("City")).toHaveValue("Hampton");
    await plain.getByLabel("Billing email").fill("katherine@nasa.example");
    await plain.getByLabel("Street address").fill("1 NASA Drive");
    await plain.getByLabel("Country").selectOption("US");
    await plain.getByRole("button", { name: "Save billing details" }).click();
    await expect(plain.getByRole("main").getByRole("status")).toHaveText("Your billing details have been saved.");
    expect((await merchant.client.customers.get(customer.id)).address).toMatchObject({ line1: "1 NASA Drive", city: "Hampton", country: "US" });
    await noScript.close();
  });

  test("is absent, and its page a 404, when the merchant turns updateBillingDetails off", async ({ page, merchant, openPortalFor }) => {
    await merchant.setPortalToggles({ updateBillingDetails: false });
    const base = (await openPortalFor(await merchant.customer())).split("#")[0]!;
    await expect(page.getByRole("navigation", { name: "Billing" }).getByRole("link", { name: "Billing details" })).toHaveCount(0);
    expect((await page.request.get(`${base}/billing-details`)).status()).toBe(404);
  });
});
