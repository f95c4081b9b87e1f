// A subscription managed in Bahasa Indonesia (issue 12, item 7; docs/decisions/0015-portal-languages.md):
// its page, changing plan with the preview, cancelling, resuming and pausing, with every heading, label,
// button, page title and result message in Indonesian and dates and money in id-ID. At 1280 and 390 px,
// axe clean on every page.
import type { Page, Route } from "@playwright/test";
import { expect, test, type Subscriber } from "./fixtures";
import type { MerchantFactories, TestPlan } from "./kit/create-merchant-factories";
import { expectNoAxeViolations } from "./kit/axe";
import { PORTAL_WIDTHS as WIDTHS, idDate, idMoney } from "./kit/indonesian";

const PAUSABLE = { selfServeCancel: true, selfServePause: true, selfServeUpgrade: true, selfServeDowngrade: true, updatePaymentMethod: true };

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** An id-ID medium date such as "2 Des 2026". */
const ID_DATE = String.raw`\d{1,2} [A-Z][a-z]{2} \d{4}`;

/**
 * The fixture drives the English portal (adding the card, the Overview link), so the subscriber is made
 * with its requests sent in English; then the browser asks in Indonesian again, as its locale says, and
 * opens the subscription's page.
 */
async function subscribeThenSpeakIndonesian(page: Page, subscribe: () => Promise<Subscriber>): Promise<Subscriber> {
  const inEnglish = (route: Route) => route.continue({ headers: { ...route.request().headers(), "accept-language": "en-US" } });
  await page.route("**/*", inEnglish);
  const subscriber = await subscribe();
  await page.unroute("**/*", inEnglish);
  await page.goto(`${new URL(page.url()).pathname}/subscriptions/${subscriber.subscription.id}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "id-ID");
  return subscriber;
}

async function pausablePlan(merchant: MerchantFactories, name: string): Promise<TestPlan> {
  const plan = await merchant.plan(name, 4900);
  await merchant.setPlanFeatures(plan, PAUSABLE);
  return plan;
}

test.use({ locale: "id-ID" });

for (const viewport of WIDTHS) {
  test.describe(`a subscription in Bahasa Indonesia at ${viewport.width} px`, () => {
    test.use({ viewport });

    test("its page, the change-plan page, the preview and the confirmation", async ({ page, merchant, subscribedCustomer }) => {
      const { pro, business } = await merchant.catalogue();
      const brandName = await merchant.brandName();
      const { subscription } = await subscribeThenSpeakIndonesian(page, () => subscribedCustomer(pro));
      const details = page.getByRole("main").getByRole("definition");

      await expect(page.getByRole("heading", { level: 1, name: pro.name })).toBeVisible();
      await expect(page).toHaveTitle(`${pro.name} · ${brandName}`);
      await expect(page.getByRole("main").getByRole("link", { name: "Ringkasan", exact: true })).toBeVisible(); // the back link
      await expect(page.getByText("Harga", { exact: true })).toBeVisible();
      await expect(details.filter({ hasText: `${idMoney(4900)} per bulan` })).toBeVisible();
      await expect(page.getByText("Periode saat ini", { exact: true })).toBeVisible();
      await expect(details.filter({ hasText: `${idDate(subscription.currentPeriodStart)} – ${idDate(subscription.currentPeriodEnd)}` })).toBeVisible();
      await expect(page.getByText("Pembayaran berikutnya", { exact: true })).toBeVisible();
      await expect(details.filter({ hasText: `${idDate(subscription.currentPeriodEnd)} · ${idMoney(4900)}` })).toBeVisible();
      await expect(page.getByRole("link", { name: "Batalkan langganan" })).toBeVisible();
      await expectNoAxeViolations(page, `subscription (id) at ${viewport.width}`);

      await page.getByRole("link", { name: "Ganti paket" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Ganti paket" })).toBeVisible();
      await expect(page).toHaveTitle(`Ganti paket · ${brandName}`);
      await expect(page.getByText(`Paket Anda saat ini ${pro.name}, ${idMoney(4900)} per bulan.`)).toBeVisible();
      await expect(page.getByRole("heading", { level: 2, name: business.name, exact: true })).toBeVisible();
      await expectNoAxeViolations(page, `change plan (id) at ${viewport.width}`);

      await page.getByRole("link", { name: `Pratinjau ${business.name}` }).click();
      const preview = page.getByRole("region", { name: `Beralih dari ${pro.name} ke ${business.name}` });
      await expect(preview.getByText(`Kredit untuk sisa waktu ${pro.name} yang belum terpakai`)).toBeVisible();
      await expect(preview.getByText(`${business.name} untuk sisa periode ini`)).toBeVisible();
      await expect(preview.getByText("Dibayar hari ini")).toBeVisible();
      const dueToday = (await preview.getByTestId("amount-due-today").textContent())!;
      expect(dueToday).toMatch(/^US\$\d+,\d{2}$/);
      await expect(preview).toContainText(
        `Perubahan berlaku sekarang. Mulai ${idDate(subscription.currentPeriodEnd)} Anda akan membayar ${idMoney(9900)} per bulan. ${dueToday} akan ditagihkan ke Visa berakhiran 4242 Anda sekarang.`,
      );
      await expect(preview.getByRole("link", { name: "Pilih paket lain" })).toBeVisible();
      await expectNoAxeViolations(page, `plan change preview (id) at ${viewport.width}`);

      await preview.getByRole("button", { name: `Konfirmasi dan bayar ${dueToday}` }).click();
      await expect(page.getByRole("main").getByRole("status")).toHaveText(
        new RegExp(`^Paket Anda sekarang ${business.name}\\. ${escaped(dueToday)} telah ditagihkan \\(tagihan INV-\\d+\\)\\.$`),
      );
      await expect(page.getByRole("heading", { level: 1, name: business.name })).toBeVisible();
      await expect(page.getByRole("link", { name: /^Lihat tagihan INV-\d+$/ })).toBeVisible();
      await expectNoAxeViolations(page, `after the plan change (id) at ${viewport.width}`);
    });

    test("cancelling with a reason, then resuming", async ({ page, merchant, subscribedCustomer }) => {
      const plan = await merchant.plan("Cancelable", 3900);
      const brandName = await merchant.brandName();
      const { subscription } = await subscribeThenSpeakIndonesian(page, () => subscribedCustomer(plan));
      const endsOn = idDate(subscription.currentPeriodEnd);

      await page.getByRole("link", { name: "Batalkan langganan" }).click();
      await expect(page.getByRole("heading", { level: 1, name: `Batalkan ${plan.name}?` })).toBeVisible();
      await expect(page).toHaveTitle(`Batalkan ${plan.name} · ${brandName}`);
      await expect(page.getByRole("link", { name: plan.name, exact: true })).toBeVisible(); // the back link
      await expect(page.getByText(`Langganan Anda tetap aktif hingga ${endsOn}, akhir periode yang telah Anda bayar.`)).toBeVisible();
      await expect(page.getByText(endsOn, { exact: true })).toBeVisible(); // in <strong>
      const reason = page.getByLabel("Mengapa Anda membatalkan? (opsional)");
      await expect(reason.getByRole("option")).toHaveText([
        "Tidak ingin menyebutkan",
        "Harganya terlalu mahal",
        "Fitur yang saya butuhkan tidak tersedia",
        "Saya beralih ke layanan lain",
        "Saya jarang menggunakannya",
        "Alasan lain",
      ]);
      await reason.selectOption({ label: "Harganya terlalu mahal" });
      await page.getByLabel("Ada hal lain yang perlu kami ketahui? (opsional)").fill("Anggaran kami dipotong.");
      await expect(page.getByRole("link", { name: "Tetap berlangganan" })).toBeVisible();
      await expectNoAxeViolations(page, `cancel page (id) at ${viewport.width}`);

      await page.getByRole("button", { name: `Batalkan langganan pada ${endsOn}` }).click();
      await expect(page.getByRole("main").getByRole("status")).toHaveText(
        `Langganan Anda akan dibatalkan pada ${endsOn}. Anda dapat melanjutkannya hingga tanggal tersebut.`,
      );
      await expect(page.getByText("Akses berakhir", { exact: true })).toBeVisible();
      await expect(
        page.getByText(`Langganan Anda berakhir pada ${endsOn}. Lanjutkan langganan untuk mempertahankan paket Anda; Anda akan ditagih seperti sebelumnya.`),
      ).toBeVisible();
      await expectNoAxeViolations(page, `cancelled subscription (id) at ${viewport.width}`);

      await page.getByRole("button", { name: "Lanjutkan langganan" }).click();
      await expect(page.getByRole("main").getByRole("status")).toHaveText("Langganan Anda akan berlanjut. Tidak ada perubahan pada tagihan berikutnya.");
      await expect(page.getByText("Pembayaran berikutnya", { exact: true })).toBeVisible();
      await expect(page.getByRole("link", { name: "Batalkan langganan" })).toBeVisible();
      await expectNoAxeViolations(page, `resumed subscription (id) at ${viewport.width}`);
    });

    test("pausing until a chosen day, then resuming", async ({ page, merchant, subscribedCustomer }) => {
      const plan = await pausablePlan(merchant, "Studio");
      const brandName = await merchant.brandName();
      await subscribeThenSpeakIndonesian(page, () => subscribedCustomer(plan));
      const resumeOn = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10);
      const resumesOn = idDate(`${resumeOn}T00:00:00Z`);

      await page.getByRole("link", { name: "Jeda langganan" }).click();
      await expect(page.getByRole("heading", { level: 1, name: `Jeda ${plan.name}` })).toBeVisible();
      await expect(page).toHaveTitle(`Jeda ${plan.name} · ${brandName}`);
      await expect(page.getByText(/^Selama langganan Anda dijeda, Anda tidak ditagih/)).toBeVisible();
      const choice = page.getByRole("group", { name: "Berapa lama Anda ingin menjeda langganan?" });
      // A day beyond the year allowed, from a browser that skips the field's own limits: refused with the reason, in Indonesian.
      await choice.getByRole("radio", { name: "Hingga tanggal tertentu" }).check();
      const tooLate = new Date(Date.now() + 400 * 86_400_000).toISOString().slice(0, 10);
      await page.getByLabel("Dilanjutkan pada (jika dijeda hingga tanggal tertentu)").evaluate((input, value) => {
        input.removeAttribute("max");
        (input as HTMLInputElement).value = value;
      }, tooLate);
      await page.getByRole("button", { name: "Jeda langganan" }).click();
      await expect(page.getByRole("main").getByRole("alert")).toHaveText("Pilih tanggal setelah hari ini, paling lambat satu tahun lagi.");
      await expect(choice.getByRole("radio", { name: "Hingga saya melanjutkannya" })).toBeChecked();
      await choice.getByRole("radio", { name: "Hingga tanggal tertentu" }).check();
      const field = page.getByLabel("Dilanjutkan pada (jika dijeda hingga tanggal tertentu)");
      await expect(field).toHaveAccessibleDescription(
        "Tanggal mana pun setelah hari ini, paling lambat satu tahun lagi. Langganan Anda dilanjutkan pada awal hari tersebut (UTC).",
      );
      await field.fill(resumeOn);
      await expect(page.getByRole("link", { name: "Biarkan tetap berjalan" })).toBeVisible();
      await expectNoAxeViolations(page, `pause page (id) at ${viewport.width}`);

      await page.getByRole("button", { name: "Jeda langganan" }).click();
      await expect(page.getByRole("main").getByRole("status")).toHaveText(
        `Langganan Anda dijeda hingga ${resumesOn}. Anda tidak akan ditagih selama langganan dijeda.`,
      );
      await expect(page.getByText("Dijeda", { exact: true }).first()).toBeVisible();
      await expect(page.getByText(`Hingga ${resumesOn}`, { exact: true })).toBeVisible();
      await expect(page.getByText(`Langganan Anda dijeda hingga ${resumesOn}. Lanjutkan sekarang untuk memakainya dan ditagih kembali.`)).toBeVisible();
      await expectNoAxeViolations(page, `paused subscription (id) at ${viewport.width}`);

      await page.getByRole("button", { name: "Lanjutkan langganan" }).click();
      await expect(page.getByRole("main").getByRole("status")).toHaveText(
        new RegExp(`^Langganan Anda aktif kembali\\. Langganan diperpanjang pada ${ID_DATE}\\.$`),
      );
      await expect(page.getByRole("link", { name: "Jeda langganan" })).toBeVisible();
      await expectNoAxeViolations(page, `unpaused subscription (id) at ${viewport.width}`);
    });
  });
}

test("pausing until resumed says so in Indonesian", async ({ page, merchant, subscribedCustomer }) => {
  const plan = await pausablePlan(merchant, "Atelier");
  await subscribeThenSpeakIndonesian(page, () => subscribedCustomer(plan));
  await page.getByRole("link", { name: "Jeda langganan" }).click();
  await page.getByRole("button", { name: "Jeda langganan" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText(
    "Langganan Anda dijeda hingga Anda melanjutkannya. Anda tidak akan ditagih selama langganan dijeda.",
  );
  await expect(page.getByText("Hingga Anda melanjutkannya", { exact: true })).toBeVisible();
  await expect(page.getByText("Langganan Anda dijeda hingga Anda melanjutkannya. Lanjutkan untuk memakainya dan ditagih kembali.")).toBeVisible();
  await expectNoAxeViolations(page, "paused until resumed (id)");
});
