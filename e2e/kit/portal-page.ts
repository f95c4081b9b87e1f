// Driving the customer portal as a customer does, by role and label (docs/api.md §7).
import { expect, type Page } from "@playwright/test";

export type PortalSection = "Overview" | "Payment methods" | "Invoices" | "Billing details";

export type CardDetails = { expiry?: string; cvc?: string; makeDefault?: boolean };

/** Opens a freshly minted portal URL and waits until the portal has signed the browser in. */
export async function openPortal(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1, name: "Billing", exact: true })).toBeVisible();
}

/** Follows a link of the portal's main navigation. */
export async function navigateTo(page: Page, section: PortalSection): Promise<void> {
  await page.getByRole("navigation", { name: "Billing" }).getByRole("link", { name: section, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(section === "Overview" ? "Billing" : section);
}

/** Fills and submits the add-card form; the caller checks the outcome. */
export async function submitCard(page: Page, number: string, details: CardDetails = {}): Promise<void> {
  await navigateTo(page, "Payment methods");
  await page.getByRole("link", { name: "Add a card" }).click();
  await page.getByLabel("Card number").fill(number);
  await page.getByLabel("Expiry (MM / YY)").fill(details.expiry ?? "12 / 34");
  await page.getByLabel("Security code").fill(details.cvc ?? "123");
  if (details.makeDefault === false) await page.getByLabel("Use as my default card").uncheck();
  await page.getByRole("button", { name: "Add card" }).click();
}

/**
 * Puts a test card on file the only way the product offers: the portal's add-card form (no merchant
 * route attaches a card). The customer's first card becomes the default whatever makeDefault says.
 */
export async function attachCard(page: Page, number = "4242 4242 4242 4242", details: CardDetails = {}): Promise<void> {
  await submitCard(page, number, details);
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Your card has been added.");
}
