// A form's problems as a customer meets them: each field, found by its exact label, is marked invalid
// and read with its problem first (aria-invalid, aria-describedby).
import { expect, type Page } from "@playwright/test";

export async function expectFieldProblems(page: Page, problems: readonly (readonly [label: string, problem: string])[]): Promise<void> {
  for (const [label, problem] of problems) {
    const field = page.getByLabel(label, { exact: true });
    await expect(field, label).toHaveAttribute("aria-invalid", "true");
    await expect(field, label).toHaveAccessibleDescription(new RegExp(`^${problem.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  }
}
