// Lists of look-alikes: two Visa cards ending in 4242 and ten subscriptions to one plan, all of one
// customer, each have their own accessible name, so a customer (and a strict locator) can act on
// exactly one.
import { distinguishSimilarItems } from "../lib/portal/distinguish-similar-items";
import { attachCard, expect, navigateTo, test } from "./fixtures";
import type { Subscription } from "../lib/sdk";
import { expectNoAxeViolations } from "./kit/axe";

const day = (iso: string) => new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(iso));
/** The extra details and references keep every page free of axe violations (WCAG 2.2 AA). */
const dollars = (cents: number) => new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(cents / 100);

test.describe("unique names for look-alikes", () => {
  test("tells two identical cards and ten subscriptions to one plan apart", async ({ page, merchant, openPortalFor }) => {
    test.slow(); // two cards through the portal and ten charged subscriptions
    const client = merchant.client;
    const customer = await merchant.customer("Twin Cards");
    await openPortalFor(customer);

    // Two Visa cards ending in 4242 with the same expiry, added the same day.
    await attachCard(page, "4242 4242 4242 4242", { makeDefault: true });
    await attachCard(page, "4242 4242 4242 4242", { makeDefault: false });
    const cards = (await client.paymentMethods.list(customer.id)).data.sort((a, b) => a.id.localeCompare(b.id));
    expect(cards).toHaveLength(2);
    const [firstCard, secondCard] = distinguishSimilarItems(cards, (card) => ({
      id: card.id,
      details: ["Visa ending in 4242", "expires 12/2034", `added ${day(card.createdAt)}`],
    })).map(({ name }) => name);
    expect(secondCard).toMatch(/^Visa ending in 4242, expires 12\/2034, added .+, ref [0-9A-Z]{4,}$/);
    await expect(page.getByRole("listitem", { name: firstCard! })).toContainText("Default");
    await expect(page.getByRole("listitem", { name: secondCard! })).toContainText(secondCard!.split(", ").at(-1)!);
    await expectNoAxeViolations(page, "payment methods with twin cards");

    await page.getByRole("button", { name: `Make ${secondCard} the default` }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText("Your default card has been updated.");
    await expect(page.getByRole("listitem", { name: secondCard! })).toContainText("Default");
    expect((await client.customers.get(customer.id)).defaultPaymentTokenId).toBe(cards[1]!.id);
    await page.getByRole("link", { name: `Remove ${firstCard}` }).click();
    await page.getByRole("button", { name: "Remove card" }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText("The card has been removed.");
    await expect(page.getByRole("list", { name: "Cards" }).getByRole("listitem")).toHaveCount(1);

    // Ten subscriptions to one plan at the same price, started the same day.
    const pro = await merchant.plan("Pro", 4900);
    const subscriptions: Subscription[] = [];
    for (let index = 0; index < 10; index += 1) subscriptions.push(await merchant.subscription(customer, pro));
    const names = distinguishSimilarItems(subscriptions, (subscription) => ({
      id: subscription.id,
      details: [pro.name, `${dollars(pro.unitAmount)} per month`, `started ${day(subscription.createdAt)}`],
    })).map(({ name }) => name);
    expect(new Set(names).size).toBe(10);
    const seventh = names[6]!;

    await navigateTo(page, "Overview");
    await expect(page.getByRole("link", { name: `Manage ${pro.name} subscription` })).toHaveCount(10);
    await expect(page.getByRole("listitem", { name: seventh })).toContainText(seventh.split(", ").at(-1)!);
    await expectNoAxeViolations(page, "overview with ten subscriptions");
    await page.getByRole("link", { name: `Manage ${pro.name} subscription, ${seventh.split(", ").slice(1).join(", ")}` }).click();
    await expect(page).toHaveURL(new RegExp(`/subscriptions/${subscriptions[6]!.id}$`));
    await page.getByRole("link", { name: "Cancel subscription" }).click();
    await page.getByRole("button", { name: /^Cancel subscription on / }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText(/^Your subscription will be cancelled on .+\. You can resume it until then\.$/);

    const after = await client.subscriptions.list({ customerId: customer.id, limit: 20 });
    const cancelling = after.data.filter((subscription) => subscription.cancelAt !== null);
    expect(cancelling.map((subscription) => subscription.id)).toEqual([subscriptions[6]!.id]);
  });
});
