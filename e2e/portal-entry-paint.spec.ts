// The link's first paint is the billing page (issue 11, goal 2; docs/api.md §7.4): the front door's
// inline script posts #t as a form before anything is painted and the answer is the billing page
// (docs/decisions/0018), refusals still show their message, the token never appears in a URL, a
// reload does not post it again, and pages and scripts arrive brotli-compressed (issue 11, goal 3).
import type { BrowserContext, Page } from "@playwright/test";
import { expect, test, RETURN_URL } from "./fixtures";

type Paint = { path: string; text: string };

/** Records, for every document of the context, the text on the page at its first contentful paint. */
async function recordFirstPaints(context: BrowserContext): Promise<Paint[]> {
  const paints: Paint[] = [];
  await context.exposeBinding("__recordPaint", (_source, paint: Paint) => void paints.push(paint));
  await context.addInitScript(() => {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name !== "first-contentful-paint") continue;
        const record = (window as unknown as { __recordPaint: (paint: { path: string; text: string }) => void }).__recordPaint;
        record({ path: location.pathname, text: document.body ? document.body.innerText : "" });
      }
    }).observe({ type: "paint", buffered: true });
  });
  return paints;
}

/** Every request URL the page makes, to check that the token is in none of them. */
function recordRequestUrls(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (request) => urls.push(request.url()));
  return urls;
}

test.describe("opening a portal link", () => {
  test("paints the billing page first: no interstitial, the token gone, the cookie set", async ({ page, context, merchant }) => {
    const customer = await merchant.customer();
    const url = await merchant.portalUrl(customer);
    const token = url.split("#t=")[1]!;
    const paints = await recordFirstPaints(context);
    const requests = recordRequestUrls(page);
    const documents: { method: string; url: string; contentType: string; body: string }[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "document")
        documents.push({ method: request.method(), url: request.url(), contentType: request.headers()["content-type"] ?? "", body: request.postData() ?? "" });
    });
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1, name: "Billing" })).toBeVisible();
    await expect(page.getByText("Ada Lovelace")).toBeVisible();
    expect(page.url()).toBe(url.split("#")[0]);
    await expect.poll(() => paints.length).toBeGreaterThan(0);
    // The one document that painted is the billing page; the front door never painted at all.
    expect(paints).toHaveLength(1);
    expect(paints[0]!.text).toContain("Ada Lovelace");
    expect(paints[0]!.text).not.toContain("Signing you in");
    expect(paints[0]!.text).not.toContain("Billing portal");
    // Two documents: the front door, then its form post of the token, answered with the billing page.
    const sessionPath = url.split("#")[0]!;
    expect(documents).toEqual([
      { method: "GET", url: sessionPath, contentType: "", body: "" },
      { method: "POST", url: sessionPath, contentType: "application/x-www-form-urlencoded", body: new URLSearchParams({ portal_token: token }).toString() },
    ]);
    // The front door is one small document (docs/decisions/0017): nothing is fetched before the entry.
    expect(requests.slice(0, 2)).toEqual([sessionPath, sessionPath]);
    expect(requests.filter((requestUrl) => requestUrl.includes(token))).toEqual([]);
    const portalCookie = (await context.cookies()).find((cookie) => cookie.name === "plugipay_portal");
    expect(portalCookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: new URL(url).pathname });
  });

  test("a reload, and back after leaving, load the page again without posting the token", async ({ page, merchant }) => {
    const customer = await merchant.customer();
    const url = await merchant.portalUrl(customer);
    await page.goto(url);
    await expect(page.getByText("Ada Lovelace")).toBeVisible();
    const reloaded = await page.reload();
    expect(reloaded?.request().method()).toBe("GET");
    expect(reloaded?.status()).toBe(200);
    await expect(page.getByText("Ada Lovelace")).toBeVisible();
    await page.goto("/");
    const back = await page.goBack();
    expect(back?.request().method() ?? "GET").toBe("GET");
    await expect(page.getByText("Ada Lovelace")).toBeVisible();
    expect(page.url()).toBe(url.split("#")[0]);
  });

  test("shows a used link's message, visible, with no customer data", async ({ page, browser, merchant }) => {
    const customer = await merchant.customer();
    const url = await merchant.portalUrl(customer);
    await page.goto(url);
    await expect(page.getByText("Ada Lovelace")).toBeVisible();
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await otherPage.goto(url);
    await expect(otherPage.getByRole("main").getByRole("status")).toBeVisible();
    await expect(otherPage.getByRole("main").getByRole("status")).toContainText("already been used");
    expect(otherPage.url()).not.toContain("#t=");
    await expect(otherPage.getByText("Ada Lovelace")).toHaveCount(0);
    await expect(otherPage.getByRole("main").getByRole("link", { name: `Back to ${await merchant.brandName()}` })).toHaveAttribute("href", RETURN_URL);
    await other.close();
  });

  test("shows a forged token's message, and the real link still works afterwards", async ({ page, merchant }) => {
    const customer = await merchant.customer();
    const url = await merchant.portalUrl(customer);
    await page.goto(`${url.split("#")[0]!}#t=${url.split("#t=")[1]!}x`);
    await expect(page.getByRole("main").getByRole("status")).toContainText("This link is not valid");
    await expect(page.getByRole("main").getByRole("status")).toBeVisible();
    await page.goto("about:blank");
    await page.goto(url);
    await expect(page.getByText("Ada Lovelace")).toBeVisible();
  });

  test("without JavaScript says so, and leaves the link unused", async ({ browser, page, merchant }) => {
    const customer = await merchant.customer();
    const url = await merchant.portalUrl(customer);
    // What a browser without JavaScript parses: the message, and a style that shows the page.
    const html = await (await page.request.get(url.split("#")[0]!)).text();
    expect(html).toMatch(/<noscript><style nonce="[^"]+">html\{visibility:visible!important\}<\/style><\/noscript>/);
    expect(html).toMatch(/<noscript><p[^>]*>This page needs JavaScript to sign you in\. Turn it on, then reload this page\.<\/p><\/noscript>/);
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const noScriptPage = await noScript.newPage();
    await noScriptPage.goto(url);
    await expect(noScriptPage.getByText("Ada Lovelace")).toHaveCount(0);
    await noScript.close();
    await page.goto(url);
    await expect(page.getByText("Ada Lovelace")).toBeVisible();
  });

  test("serves pages and scripts brotli-compressed to a browser that accepts it", async ({ page, merchant }) => {
    const customer = await merchant.customer();
    const url = await merchant.portalUrl(customer);
    const scripts: { url: string; encoding: string | undefined }[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") scripts.push({ url: response.url(), encoding: response.headers()["content-encoding"] });
    });
    const home = await page.goto("/");
    expect(home?.headers()["content-encoding"]).toBe("br");
    expect(home?.headers().vary).toContain("Accept-Encoding");
    await page.goto(url);
    await expect(page.getByText("Ada Lovelace")).toBeVisible();
    const overview = await page.reload();
    expect(overview?.headers()["content-encoding"]).toBe("br");
    await expect(page.getByText("Ada Lovelace")).toBeVisible();
    const big = scripts.filter((script) => script.url.includes("/_next/static/"));
    expect(big.length).toBeGreaterThan(0);
    // Chunks under 1 KiB go as they are; every other one is brotli, none gzip.
    expect(big.filter((script) => script.encoding === "br").length).toBeGreaterThan(0);
    expect(big.filter((script) => script.encoding !== "br" && script.encoding !== undefined)).toEqual([]);
    const gzip = await page.request.get("/", { headers: { "Accept-Encoding": "gzip" } });
    expect(gzip.headers()["content-encoding"]).toBe("gzip");
    const identity = await page.request.get("/", { headers: { "Accept-Encoding": "identity" } });
    expect(identity.headers()["content-encoding"]).toBeUndefined();
    expect(await identity.text()).toContain("Plugipay");
  });
});
