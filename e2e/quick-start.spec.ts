// What the README promises a new user: the printed demo URL opens the demo customer's portal.
import { execFileSync } from "node:child_process";
import { expect, test, LOCAL_ONLY } from "./fixtures";
import { E2E_ENV, E2E_ORIGIN } from "./e2e-env";
import { expectNoAxeViolations } from "./kit/axe";

// Local only: npm run demo:url reads the local database.
test("npm run demo:url prints a portal URL that opens Ada's billing", { tag: LOCAL_ONLY }, async ({ page, seed }) => {
  expect(seed.workspaces[0]!.name).toBe("Acme Cloud");
  const url = execFileSync("npm", ["run", "--silent", "demo:url"], { env: { ...process.env, ...E2E_ENV }, encoding: "utf8" }).trim();
  expect(url).toMatch(new RegExp(`^${E2E_ORIGIN}/portal/ps_[0-9A-HJKMNP-TV-Z]{26}#t=`));
  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1, name: "Billing", exact: true })).toBeVisible();
  await expect(page.getByText("Ada Lovelace")).toBeVisible();
});

test("the not-found page is plain and accessible", async ({ page }) => {
  const response = await page.goto("/portal/not-a-session");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expectNoAxeViolations(page, "not found");
});
