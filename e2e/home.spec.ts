import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./kit/axe";

test("the home page explains where customers come from and has no axe violations", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Plugipay customer portal" })).toBeVisible();
  await expectNoAxeViolations(page, "home");
});
