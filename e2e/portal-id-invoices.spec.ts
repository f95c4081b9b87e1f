// The Invoices pages in Bahasa Indonesia (issue 12, item 7; docs/decisions/0015-portal-languages.md):
// the list and its paging, an open invoice with Pay, paying it, the paid invoice naming the card, and
// its PDF, with every heading, label, button, page title and result message in Indonesian and dates
// and money in id-ID. At 1280 and 390 px, axe clean on every page.
import { readFileSync } from "node:fs";
import type { Page, Route } from "@playwright/test";
import { PDFDocument } from "pdf-lib";
import type { Customer, Invoice } from "../lib/sdk";
import { expect, test, attachCard, openPortal } from "./fixtures";
import type { MerchantFactories } from "./kit/create-merchant-factories";
import { expectNoAxeViolations } from "./kit/axe";
import { PORTAL_WIDTHS as WIDTHS, idDate, idMoney } from "./kit/indonesian";

/** "Pro 1a2b3c · 2 Des 2026 – 2 Jan 2027": the plan and the period of the subscription's first invoice. */
async function periodPurpose(merchant: MerchantFactories, invoice: Invoice, planName: string): Promise<string> {
  const subscription = await merchant.client.subscriptions.get(invoice.subscriptionId!);
  return `${planName} · ${idDate(subscription.currentPeriodStart)} – ${idDate(subscription.currentPeriodEnd)}`;
}

/** Adds Visa 4242 through the portal's add-card form with its requests sent in English (the kit drives the English form). */
async function attachCardInEnglish(page: Page, url: string): Promise<void> {
  const inEnglish = (route: Route) => route.continue({ headers: { ...route.request().headers(), "accept-language": "en-US" } });
  await page.route("**/*", inEnglish);
  await openPortal(page, url);
  await attachCard(page);
  await page.unroute("**/*", inEnglish);
}

/** Opens the portal in Indonesian and follows the navigation's "Tagihan" link. */
async function openInvoicesInIndonesian(page: Page, merchant: MerchantFactories, customer: Customer): Promise<void> {
  await page.goto(await merchant.portalUrl(customer));
  await expect(page.locator("html")).toHaveAttribute("lang", "id-ID");
  await page.getByRole("navigation", { name: "Penagihan" }).getByRole("link", { name: "Tagihan", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tagihan");
}

test.use({ locale: "id-ID" });

for (const viewport of WIDTHS) {
  const isPhone = viewport.width < 768; // below 768 px the list replaces the table (components/portal/invoice-table.tsx)

  test.describe(`invoices in Bahasa Indonesia at ${viewport.width} px`, () => {
    test.use({ viewport });

    test("the list pages both ways and says where it is, in Indonesian", async ({ page, merchant }) => {
      const pro = await merchant.plan("Pro", 4900);
      const customer = await merchant.customer("Siti Rahayu");
      const oldest = await merchant.openInvoice(customer, pro);
      const middle = await merchant.openInvoice(customer, pro);
      const newest = await merchant.openInvoice(customer, pro);
      const brandName = await merchant.brandName();
      await openInvoicesInIndonesian(page, merchant, customer);
      await expect(page).toHaveTitle(`Tagihan · ${brandName}`);
      await expect(page.getByText("3 tagihan", { exact: true })).toBeVisible();
      await expect(page.getByRole("main").getByRole("link", { name: "tambahkan kartu" })).toHaveAttribute("href", /\/payment-methods\/new$/);
      await expect(page.getByText("Untuk membayar tagihan yang belum dibayar, tambahkan kartu.")).toBeVisible();

      await page.goto(`${new URL(page.url()).pathname}?limit=2`);
      const pages = page.getByRole("navigation", { name: "Halaman tagihan" });
      await expect(page.getByText("Tagihan 1–2 dari 3", { exact: true })).toBeVisible();
      await expect(pages.getByRole("link")).toHaveText(["Tagihan lebih lama"]);
      const invoices = isPhone
        ? page.getByRole("list", { name: "Tagihan, terbaru lebih dulu" }).getByRole("listitem")
        : page.getByRole("table", { name: "Tagihan, terbaru lebih dulu" }).getByRole("row");
      const numbers = isPhone ? [newest, middle] : [{ number: "Tagihan" }, newest, middle];
      await expect(invoices).toHaveText(numbers.map(({ number }) => new RegExp(number)));
      if (!isPhone) {
        await expect(page.getByRole("columnheader")).toHaveText(["Tagihan", "Tanggal", "Jumlah", "Status", "Tindakan"]);
      }
      const item = invoices.filter({ hasText: newest.number });
      await expect(item).toContainText(isPhone ? `Diterbitkan ${idDate(newest.issuedAt!)}` : idDate(newest.issuedAt!));
      await expect(item).toContainText(`Jatuh tempo ${idDate(newest.dueAt!)}`);
      await expect(item.getByText(idMoney(4900), { exact: true })).toBeVisible();
      await expect(item.getByText("Belum dibayar", { exact: true })).toBeVisible();
      await expect(item.getByRole("link", { name: "Unduh PDF" })).toHaveAttribute("href", new RegExp(`/invoices/${newest.id}/pdf$`));
      await expect(item.getByRole("button")).toHaveCount(0); // no card: no Pay
      await expectNoAxeViolations(page, `invoices page 1 (id) at ${viewport.width}px`);

      await pages.getByRole("link", { name: "Tagihan lebih lama" }).click();
      await expect(page.getByText("Tagihan 3 dari 3", { exact: true })).toBeVisible();
      await expect(invoices.filter({ hasText: oldest.number })).toHaveCount(1);
      await expect(pages.getByRole("link")).toHaveText(["Tagihan lebih baru"]);
      await expectNoAxeViolations(page, `invoices page 2 (id) at ${viewport.width}px`);

      await pages.getByRole("link", { name: "Tagihan lebih baru" }).click();
      await expect(page.getByText("Tagihan 1–2 dari 3", { exact: true })).toBeVisible();
      await expect(invoices.filter({ hasText: middle.number })).toHaveCount(1);
    });

    test("an open invoice offers Pay; once paid it names the card; the PDF is Indonesian", async ({ page, merchant }) => {
      const pro = await merchant.plan("Pro", 4900);
      const customer = await merchant.customer("Siti Rahayu");
      await attachCardInEnglish(page, await merchant.portalUrl(customer));
      const invoice = await merchant.openInvoice(customer, pro);
      const purpose = await periodPurpose(merchant, invoice, pro.name);
      const brandName = await merchant.brandName();
      const amount = idMoney(4900);
      await openInvoicesInIndonesian(page, merchant, customer);
      const item = (isPhone ? page.getByRole("listitem") : page.getByRole("row")).filter({ hasText: invoice.number });
      await expect(item).toContainText(purpose);
      await expect(item.getByRole("button", { name: `Bayar ${amount} untuk tagihan ${invoice.number}` })).toBeVisible();
      await expectNoAxeViolations(page, `invoices with Pay (id) at ${viewport.width}px`);

      await item.getByRole("link", { name: invoice.number, exact: true }).click();
      await expect(page.getByRole("heading", { level: 1, name: `Tagihan ${invoice.number}` })).toBeVisible();
      await expect(page).toHaveTitle(`Tagihan ${invoice.number} · ${brandName}`);
      await expect(page.getByRole("main").getByRole("link", { name: "Tagihan", exact: true })).toBeVisible(); // the back link
      await expect(page.getByText(purpose, { exact: true })).toBeVisible();
      await expect(page.getByText("Belum dibayar", { exact: true })).toBeVisible();
      await expect(page.getByRole("term")).toHaveText(["Diterbitkan", "Jatuh tempo"]);
      await expect(page.getByRole("definition")).toHaveText([idDate(invoice.issuedAt!), idDate(invoice.dueAt!)]);
      await expect(page.getByText("Ditagihkan ke Visa berakhiran 4242 Anda.")).toBeVisible();
      const lines = page.getByRole("table", { name: "Rincian dan total tagihan" });
      await expect(lines.getByRole("columnheader", { name: "Deskripsi" })).toBeVisible();
      await expect(lines.getByRole("row", { name: /Jumlah terutang/ })).toContainText(amount);
      await expectNoAxeViolations(page, `open invoice (id) at ${viewport.width}px`);

      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Unduh PDF" }).click()]);
      const pdf = await PDFDocument.load(readFileSync(await download.path()));
      expect(pdf.getTitle()).toBe(`Tagihan ${invoice.number}`);

      await page.getByRole("button", { name: `Bayar ${amount}`, exact: true }).click();
      await expect(page.getByRole("main").getByRole("status")).toHaveText("Terima kasih — tagihan sudah dibayar.");
      await expect(page.getByText("Lunas", { exact: true })).toBeVisible();
      await expect(page.getByRole("term")).toHaveText(["Diterbitkan", "Dibayar", "Dibayar dengan"]);
      await expect(page.getByRole("definition").last()).toHaveText("Visa berakhiran 4242");
      await expect(page.getByRole("button", { name: /^Bayar/ })).toHaveCount(0);
      await expect(lines.getByRole("row", { name: /Jumlah dibayar/ })).toContainText(amount);
      await expectNoAxeViolations(page, `paid invoice (id) at ${viewport.width}px`);
      expect(await merchant.client.invoices.get(invoice.id)).toMatchObject({ status: "paid", amountPaid: 4900 });

      await page.getByRole("main").getByRole("link", { name: "Tagihan", exact: true }).click();
      await expect(item.getByText("Lunas", { exact: true })).toBeVisible();
      await expect(item).not.toContainText("Jatuh tempo");
      await expect(item.getByRole("button")).toHaveCount(0);
      await expectNoAxeViolations(page, `invoices after paying (id) at ${viewport.width}px`);
    });
  });
}
