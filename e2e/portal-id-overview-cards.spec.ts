// The overview, cards, the add-card form, billing details and the front door in Bahasa Indonesia
// (issue 12, item 7; docs/decisions/0015-portal-languages.md): headings, labels, hints, field problems
// and their summary, result messages and page titles in Indonesian, dates and money in id-ID. At
// 1280 and 390 px, by role and label, axe clean on every page.
import type { Page, Route } from "@playwright/test";
import type { Customer } from "../lib/sdk";
import { expect, test } from "./fixtures";
import type { MerchantFactories } from "./kit/create-merchant-factories";
import { expectNoAxeViolations } from "./kit/axe";
import { expectFieldProblems } from "./kit/form-problems";
import { PORTAL_WIDTHS as WIDTHS, idDate, idMoney } from "./kit/indonesian";

/** Opens a fresh portal link in Indonesian and waits for the overview. */
async function openInIndonesian(page: Page, merchant: MerchantFactories, customer: Customer): Promise<void> {
  await page.goto(await merchant.portalUrl(customer));
  await expect(page.getByRole("heading", { level: 1, name: "Penagihan", exact: true })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "id-ID");
}

async function navigateInIndonesian(page: Page, section: string): Promise<void> {
  await page.getByRole("navigation", { name: "Penagihan" }).getByRole("link", { name: section, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(section);
}

test.use({ locale: "id-ID" });

for (const viewport of WIDTHS) {
  test.describe(`overview, cards and billing details in Bahasa Indonesia at ${viewport.width} px`, () => {
    test.use({ viewport });

    test("the overview says what renews, when and for how much, in Indonesian", async ({ page, merchant, subscribedCustomer }) => {
      const pro = await merchant.plan("Pro", 4900);
      const inEnglish = (route: Route) => route.continue({ headers: { ...route.request().headers(), "accept-language": "en-US" } });
      await page.route("**/*", inEnglish); // the kit subscribes through the English pages
      const { subscription } = await subscribedCustomer(pro);
      await page.unroute("**/*", inEnglish);
      await page.reload();
      await expect(page.getByRole("heading", { level: 1, name: "Penagihan", exact: true })).toBeVisible();
      await expect(page).toHaveTitle(`Penagihan · ${await merchant.brandName()}`);

      const item = page
        .getByRole("main")
        .getByRole("listitem")
        .filter({ has: page.getByRole("heading", { level: 3, name: pro.name }) });
      await expect(page.getByRole("heading", { level: 2, name: "Langganan" })).toBeVisible();
      await expect(item.getByText("Aktif", { exact: true })).toBeVisible();
      await expect(item.getByText(`${idMoney(4900)} per bulan`, { exact: true })).toBeVisible();
      await expect(item.getByText(`Diperpanjang pada ${idDate(subscription.currentPeriodEnd)} seharga ${idMoney(4900)}`, { exact: true })).toBeVisible();
      await expect(item.getByRole("link", { name: `Kelola langganan ${pro.name}` })).toBeVisible();
      await expect(page.getByRole("heading", { level: 2, name: "Metode pembayaran" })).toBeVisible();
      await expect(page.getByText("Visa berakhiran 4242 · berlaku hingga 12/2034", { exact: true })).toBeVisible();
      await expect(page.getByRole("link", { name: "Kelola metode pembayaran" })).toBeVisible();
      await expect(page.getByRole("heading", { level: 2, name: "Tagihan terbaru" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Lihat semua tagihan" })).toBeVisible();
      await expectNoAxeViolations(page, `overview (id) at ${viewport.width}`);
    });

    test("a card is added after every problem is shown at once, then removed after a confirmation, in Indonesian", async ({ page, merchant }) => {
      const customer = await merchant.customer("Siti Rahayu");
      const brandName = await merchant.brandName();
      await openInIndonesian(page, merchant, customer);
      await expect(page.getByText("Belum ada kartu tersimpan.", { exact: true })).toBeVisible();
      await navigateInIndonesian(page, "Metode pembayaran");
      await expect(page).toHaveTitle(`Metode pembayaran · ${brandName}`);
      await page.getByRole("main").getByRole("link", { name: "Tambahkan kartu" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Tambahkan kartu" })).toBeVisible();
      await expect(page).toHaveTitle(`Tambahkan kartu · ${brandName}`);

      const number = page.getByLabel("Nomor kartu");
      await expect(number).toHaveAccessibleDescription("Kami menerima Visa, Mastercard, American Express, Discover.");
      await number.pressSequentially("4242 4242 4242 4241");
      await expect(number).toHaveAccessibleDescription("Jenis kartu: Visa");
      await page.getByLabel("Masa berlaku (BB / TT)").fill("01/20");
      await page.getByRole("button", { name: "Tambahkan kartu" }).click();
      await expect(page.getByRole("main").getByRole("alert")).toHaveText("Periksa 3 kolom yang ditandai di bawah.");
      await expectFieldProblems(page, [
        ["Nomor kartu", "Nomor kartu Anda salah."],
        ["Masa berlaku (BB / TT)", "Kartu Anda sudah kedaluwarsa."],
        ["Kode keamanan", "Masukkan kode keamanan."],
      ]);
      await expect(page.getByLabel("Masa berlaku (BB / TT)")).toHaveValue("01/20");
      await expectNoAxeViolations(page, `add-card problems (id) at ${viewport.width}`);

      await page.getByLabel("Nomor kartu").fill("4242 4242 4242 4242");
      await page.getByLabel("Masa berlaku (BB / TT)").fill("12 / 34");
      await page.getByLabel("Kode keamanan").fill("123");
      await page.getByRole("button", { name: "Tambahkan kartu" }).click();
      await expect(page.getByRole("main").getByRole("status")).toHaveText("Kartu Anda telah ditambahkan.");
      const card = page.getByRole("list", { name: "Kartu" }).getByRole("listitem", { name: "Visa berakhiran 4242" });
      await expect(card.getByText("Utama", { exact: true })).toBeVisible();
      await expect(card.getByText("· berlaku hingga 12/2034")).toBeVisible();
      await expectNoAxeViolations(page, `cards (id) at ${viewport.width}`);

      await card.getByRole("link", { name: "Hapus Visa berakhiran 4242" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Hapus Visa berakhiran 4242?" })).toBeVisible();
      await expect(page).toHaveTitle(`Hapus kartu · ${brandName}`);
      await expect(page.getByText("Kartu ini dihapus dari akun Anda dan tidak akan ditagih lagi.", { exact: true })).toBeVisible();
      await expect(page.getByRole("link", { name: "Batal" })).toBeVisible();
      await expectNoAxeViolations(page, `remove card (id) at ${viewport.width}`);
      await page.getByRole("button", { name: "Hapus kartu" }).click();
      await expect(page.getByRole("main").getByRole("status")).toHaveText("Kartu telah dihapus.");
      await expect(page.getByText("Belum ada kartu tersimpan.", { exact: true })).toBeVisible();
    });

    test("billing details report every problem in Indonesian, then save", async ({ page, merchant }) => {
      const customer = await merchant.customer("Siti Rahayu");
      await openInIndonesian(page, merchant, customer);
      await navigateInIndonesian(page, "Detail penagihan");
      await expect(page).toHaveTitle(`Detail penagihan · ${await merchant.brandName()}`);
      await expect(page.getByLabel("Nama penagihan")).toHaveValue("Siti Rahayu");
      await expect(page.getByLabel("Nama penagihan")).toHaveAccessibleDescription("Orang atau badan usaha yang namanya tercantum di tagihan.");
      await expect(page.getByRole("group", { name: "Alamat" })).toBeVisible();
      await expect(page.getByLabel("Kode pos (opsional)", { exact: true })).toBeVisible();
      await expect(page.getByLabel("Negara").getByRole("option", { name: "Pilih negara" })).toBeAttached();
      await expectNoAxeViolations(page, `billing details (id) at ${viewport.width}`);

      await page.getByLabel("Nama penagihan").fill("");
      await page.getByLabel("Email penagihan").fill("siti@");
      await page.getByLabel("Kode pos (opsional)").fill("10220");
      await page.getByRole("button", { name: "Simpan detail penagihan" }).click();
      await expect(page.getByRole("main").getByRole("alert")).toHaveText("Periksa 5 kolom yang ditandai di bawah.");
      await expectFieldProblems(page, [
        ["Nama penagihan", "Masukkan nama untuk penagihan."],
        ["Email penagihan", "Masukkan alamat email seperti nama@contoh.com."],
        ["Alamat jalan", "Masukkan alamat jalan, atau kosongkan seluruh alamat."],
        ["Kota", "Masukkan kota, atau kosongkan seluruh alamat."],
        ["Negara", "Pilih negara, atau kosongkan seluruh alamat."],
      ]);
      await expect(page.getByLabel("Kode pos (opsional)")).toHaveValue("10220");
      await expectNoAxeViolations(page, `billing details problems (id) at ${viewport.width}`);

      await page.getByLabel("Nama penagihan").fill("PT Maju Jaya");
      await page.getByLabel("Email penagihan").fill("tagihan@maju.example");
      await page.getByLabel("Alamat jalan").fill("Jl. Sudirman 1");
      await page.getByLabel("Kota").fill("Jakarta");
      await page.getByLabel("Negara").selectOption({ label: "Indonesia" });
      await page.getByRole("button", { name: "Simpan detail penagihan" }).click();
      await expect(page.getByRole("main").getByRole("status")).toHaveText("Detail penagihan Anda telah disimpan.");
      expect(await merchant.client.customers.get(customer.id)).toMatchObject({
        name: "PT Maju Jaya",
        email: "tagihan@maju.example",
        address: { line1: "Jl. Sudirman 1", city: "Jakarta", postalCode: "10220", country: "ID" },
      });
    });

    test("a link already used says so in Indonesian", async ({ page, browser, merchant }) => {
      const customer = await merchant.customer("Siti Rahayu");
      const url = await merchant.portalUrl(customer);
      await page.goto(url);
      await expect(page.getByRole("heading", { level: 1, name: "Penagihan", exact: true })).toBeVisible();
      const otherContext = await browser.newContext({ locale: "id-ID", viewport });
      try {
        const other = await otherContext.newPage();
        await other.goto(url);
        await expect(other.getByRole("main").getByRole("status")).toHaveText(
          "Tautan ini sudah pernah dipakai. Tautan hanya berlaku sekali, di satu peramban: kembali dan buka portal penagihan lagi.",
        );
        await expectNoAxeViolations(other, `used link (id) at ${viewport.width}`);
      } finally {
        await otherContext.close();
      }
    });
  });
}
