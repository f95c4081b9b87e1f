// One frame for every portal page (issue 12, item 9): opening a link does not move the page when the
// customer is signed in, and the refused, signed-out and unknown-link pages wear the same frame.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** Where the frame's parts are: the header's height, and the main column's and its heading's top-left corner. */
async function frame(page: Page) {
  const header = await page.getByRole("banner").boundingBox();
  const main = await page.getByRole("main").boundingBox();
  const heading = await page.getByRole("heading", { level: 1 }).boundingBox();
  return { headerHeight: header?.height, mainX: main?.x, mainY: main?.y, headingX: heading?.x, headingY: heading?.y };
}

// What a link shows before it has signed the customer in is the front door in the signed-out frame
// (app/portal/[sessionId]/layout.tsx); the signed-in page must put its header, main column and
// heading in the same places, at desktop and phone widths alike.
for (const width of [1280, 390] as const) {
  test(`opening a link moves nothing when the portal signs the customer in (${width} px)`, async ({ page, browser, merchant }) => {
    await page.setViewportSize({ width, height: 900 });
    const url = await merchant.portalUrl(await merchant.customer());
    const before = await browser.newContext({ viewport: { width, height: 900 } });
    const frontDoor = await before.newPage();
    await frontDoor.goto(url.split("#")[0]!);
    await expect(frontDoor.getByRole("main").getByRole("status")).toContainText("open this page from the link");
    const signedOut = await frame(frontDoor);
    await before.close();
    await page.goto(url);
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "Billing", exact: true })).toBeVisible();
    expect(await frame(page)).toEqual(signedOut);
  });
}

test("the refused and signed-out pages share the portal's frame and offer one way back", async ({ page, browser, merchant }) => {
  const url = await merchant.portalUrl(await merchant.customer());
  const brandName = await merchant.brandName();
  await page.goto(url);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  const signedIn = await frame(page);

  const other = await browser.newContext();
  const refused = await other.newPage();
  await refused.goto(url);
  await expect(refused.getByRole("main").getByRole("status")).toContainText("already been used");
  await expect(refused.getByRole("banner")).toContainText(brandName);
  expect(await frame(refused)).toEqual(signedIn);
  await expect(refused.getByRole("link", { name: `Back to ${brandName}` })).toHaveCount(1);
  await other.close();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "You are signed out" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(`go back to ${brandName}`);
  expect(await frame(page)).toEqual(signedIn);
  await expect(page.getByRole("link", { name: `Back to ${brandName}` })).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);

  await page.goto("/portal/ps_01HXAB7K3M9N2P5QRS8TVWXY3Z");
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("banner")).toContainText("Plugipay");
  expect(await frame(page)).toEqual(signedIn);
});
