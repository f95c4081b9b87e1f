// One axe check for every portal spec: WCAG 2.2 AA as axe-core reports it, on a settled page.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * Fails with every violation named by rule and element. "Settled" means loaded and titled: the title
 * is part of the page (next.config.mjs turns off streamed metadata), so an empty one is a real failure
 * once the wait for it times out, and never a race with a navigation still arriving.
 */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  await page.waitForLoadState("load");
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${label}: ${violation.id} ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}
