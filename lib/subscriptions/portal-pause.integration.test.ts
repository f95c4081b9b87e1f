// Pausing and resuming as the portal does it (issue 12, item 8): until a date or until resumed, scoped
// to the signed-in customer, with subscription.paused / subscription.resumed (and their versioned
// names, plugipay.subscription.paused.v1 / .resumed.v1) beside subscription.updated.
import { afterEach, describe, expect, it } from "vitest";
import { prisma } from "../db";
import { now, resetClock } from "../clock";
import { callApi } from "../testing/api-client";
import { createSubscribedCustomer, eventsOf } from "../testing/portal-fixtures";
import { runBillingCycle } from "../billing/run-billing-cycle";
import { DAY_MS, advanceWorkspaceClock } from "../billing/billing-test-fixtures";
import { pauseSubscription } from "./pause-subscription";
import { resumeSubscription } from "./resume-subscription";
import { parsePauseForm } from "./pause-form";

afterEach(() => resetClock());

const subscriptionTypes = async (tenant: Parameters<typeof eventsOf>[0]) =>
  (await eventsOf(tenant)).map((event) => event.type).filter((type) => type.startsWith("subscription."));

describe("pause from the portal", () => {
  it("pauses until resumed, shows it in the subscription object, and resumes with both events", async () => {
    const { workspace, tenant, customerId, subscription } = await createSubscribedCustomer({ features: { selfServePause: true } });
    const { resumeAt } = parsePauseForm({ until: "resumed", resumeOn: "" }, now());
    expect(resumeAt).toBeNull();
    const paused = await pauseSubscription(tenant, subscription.id, { resumeAt, customerId });
    expect(paused).toMatchObject({ status: "paused", resumeAt: null });
    expect(paused.pausedAt).not.toBeNull();
    const fromApi = await callApi({ key: workspace.key, path: `/v1/subscriptions/${subscription.id}` });
    expect(fromApi.json.data).toMatchObject({ status: "paused", resumeAt: null, scheduledChange: null });

    const resumed = await resumeSubscription(tenant, subscription.id, { customerId });
    expect(resumed).toMatchObject({ status: "active", pausedAt: null, resumeAt: null });
    expect(await subscriptionTypes(tenant)).toEqual(["subscription.updated", "subscription.paused", "subscription.updated", "subscription.resumed"]);

    const versioned = await callApi({ key: workspace.key, path: "/v1/events?naming=versioned" });
    const names = (versioned.json.data as { type: string }[]).map((event) => event.type);
    expect(names).toContain("plugipay.subscription.paused.v1");
    expect(names).toContain("plugipay.subscription.resumed.v1");
  });

  it("pauses until a chosen day, and the billing worker resumes it that day", async () => {
    const { workspace, tenant, customerId, subscription } = await createSubscribedCustomer({ features: { selfServePause: true } });
    const today = now();
    const day = new Date(today.getTime() + 40 * DAY_MS).toISOString().slice(0, 10);
    const { resumeAt } = parsePauseForm({ until: "date", resumeOn: day }, today);
    expect(resumeAt?.toISOString()).toBe(`${day}T00:00:00.000Z`);
    await pauseSubscription(tenant, subscription.id, { resumeAt, customerId });
    const fromApi = await callApi({ key: workspace.key, path: `/v1/subscriptions/${subscription.id}` });
    expect(fromApi.json.data).toMatchObject({ status: "paused", resumeAt: `${day}T00:00:00.000Z` });

    await advanceWorkspaceClock(tenant, 41 * DAY_MS);
    await runBillingCycle({ workerId: "pause-test", limit: 500 });
    const row = await prisma.subscription.findUniqueOrThrow({ where: { id: subscription.id } });
    expect(row).toMatchObject({ status: "active", pausedAt: null, resumeAt: null });
    expect(await subscriptionTypes(tenant)).toEqual(expect.arrayContaining(["subscription.paused", "subscription.resumed"]));
  });

  it("refuses a day that is not after today or more than a year away, and another customer's subscription", async () => {
    const today = new Date("2026-12-02T16:00:00Z");
    expect(() => parsePauseForm({ until: "date", resumeOn: "2026-12-02" }, today)).toThrow(/after today/);
    expect(() => parsePauseForm({ until: "date", resumeOn: "2027-12-03" }, today)).toThrow(/within a year/);
    expect(() => parsePauseForm({ until: "date", resumeOn: "" }, today)).toThrow();
    expect(() => parsePauseForm({ until: "forever", resumeOn: null }, today)).toThrow();
    expect(parsePauseForm({ until: "date", resumeOn: "2026-12-03" }, today).resumeAt?.toISOString()).toBe("2026-12-03T00:00:00.000Z");

    const first = await createSubscribedCustomer({ features: { selfServePause: true } });
    const second = await createSubscribedCustomer({ features: { selfServePause: true } });
    await expect(pauseSubscription(first.tenant, second.subscription.id, { customerId: first.customerId })).rejects.toMatchObject({ code: "not_found" });
    await expect(pauseSubscription(second.tenant, second.subscription.id, { customerId: first.customerId })).rejects.toMatchObject({ code: "not_found" });
    expect((await prisma.subscription.findUniqueOrThrow({ where: { id: second.subscription.id } })).status).toBe("active");
  });
});
