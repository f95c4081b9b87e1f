// The events API (docs/api.md §8, §10) through the real wrapper against a real SQLite database.
import { describe, expect, it } from "vitest";
import { databaseQueryCount, prisma } from "../db";
import { newId } from "../ids";
import { callApi } from "../testing/api-client";
import { addKey, createTestWorkspace, type TestWorkspace } from "../testing/fixtures";
import { createSubscribedCustomer } from "../testing/portal-fixtures";

const EVENT_KEYS = ["accountId", "createdAt", "data", "id", "metadata", "mode", "occurredAt", "publishedAt", "type"];
const BASE = Date.parse("2026-03-01T00:00:00.000Z");

type Event = {
  id: string;
  type: string;
  accountId: string;
  mode: string;
  occurredAt: string;
  data: { aggregateType: string; aggregateId: string | null; object: Record<string, unknown>; previousAttributes?: Record<string, unknown> };
};

async function createEvents(
  workspace: TestWorkspace,
  count: number,
  options: { type?: (i: number) => string; at?: (i: number) => number; mode?: "test" | "live" } = {},
) {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const occurredAt = new Date(options.at ? options.at(i) : BASE + i * 60_000);
    const event = await prisma.event.create({
      data: {
        id: newId("event"),
        workspaceId: workspace.workspaceId,
        accountId: workspace.accountId,
        mode: options.mode ?? "test",
        type: options.type ? options.type(i) : "customer.updated",
        occurredAt,
        createdAt: occurredAt,
        data: JSON.stringify({ object: { index: i } }),
      },
    });
    ids.push(event.id);
  }
  return ids;
}

async function listEvents(workspace: TestWorkspace, query = "") {
  const result = await callApi({ key: workspace.key, path: `/v1/events${query}` });
  expect(result.status, result.text).toBe(200);
  return { items: result.json.data as Event[], meta: result.json.meta };
}

async function walk(workspace: TestWorkspace, query: string) {
  const seen: string[] = [];
  let cursor: string | null | undefined;
  let pages = 0;
  do {
    const page = await listEvents(workspace, `?${query}${cursor ? `&cursor=${cursor}` : ""}`);
    seen.push(...page.items.map((item) => item.id));
    cursor = page.meta.cursor;
    pages++;
  } while (cursor && pages < 50);
  return seen;
}

describe("GET /v1/events", () => {
  it("returns the events of a state change in the documented shape (docs/api.md §8.1), parsed", async () => {
    const { workspace, card, customerId } = await createSubscribedCustomer();
    const { items, meta } = await listEvents(workspace);
    expect(meta).toMatchObject({ cursor: null, hasMore: false });
    // Both come from one transaction (attachCard), so they may share occurredAt and order by id.
    expect(items.map((item) => item.type).sort()).toEqual(["customer.updated", "payment_method.attached"]);
    for (const item of items) {
      expect(Object.keys(item).sort()).toEqual(EVENT_KEYS);
      expect(item.id).toMatch(/^evt_[0-9A-HJKMNP-TV-Z]{26}$/);
      expect(item).toMatchObject({ accountId: workspace.accountId, mode: "test" });
      expect(item.occurredAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    }
    const attached = items.find((item) => item.type === "payment_method.attached")!;
    const updated = items.find((item) => item.type === "customer.updated")!;
    expect(Object.keys(attached.data)).toEqual(["aggregateType", "aggregateId", "object"]);
    expect(attached.data).toMatchObject({ aggregateType: "payment_method", aggregateId: card.id });
    expect(attached.data.object).toMatchObject({ id: card.id, customerId, card: { last4: "4242" } });
    expect(updated.data).toEqual({
      aggregateType: "customer",
      aggregateId: customerId,
      object: expect.objectContaining({ id: customerId }),
      previousAttributes: { defaultPaymentTokenId: null },
    });
    expect(attached).toMatchObject({ createdAt: attached.occurredAt, publishedAt: attached.occurredAt, metadata: null });
    const one = await callApi({ key: workspace.key, path: `/api/v1/events/${attached.id}` });
    expect(one.status).toBe(200);
    expect(one.json.data).toEqual(attached);
  });

  it("orders by occurredAt then id, newest first by default", async () => {
    const workspace = await createTestWorkspace();
    const ids = await createEvents(workspace, 5, { at: (i) => BASE + (4 - i) * 1000 });
    expect((await listEvents(workspace)).items.map((item) => item.id)).toEqual(ids);
    expect((await listEvents(workspace, "?order=asc")).items.map((item) => item.id)).toEqual([...ids].reverse());
  });

  it("filters by type and by an exclusive time range", async () => {
    const workspace = await createTestWorkspace();
    const ids = await createEvents(workspace, 10, { type: (i) => (i % 2 === 0 ? "invoice.paid" : "customer.updated") });
    const at = (i: number) => new Date(BASE + i * 60_000).toISOString();
    const paid = await listEvents(workspace, "?type=invoice.paid&order=asc");
    expect(paid.items.map((item) => item.id)).toEqual(ids.filter((_, i) => i % 2 === 0));
    expect(paid.items.every((item) => item.type === "invoice.paid")).toBe(true);
    const range = await listEvents(workspace, `?occurredAfter=${at(2)}&occurredBefore=${at(6)}&order=asc`);
    expect(range.items.map((item) => item.id)).toEqual(ids.slice(3, 6));
    const after = await listEvents(workspace, `?occurredAfter=${encodeURIComponent("2026-03-01T00:07:30+00:00")}`);
    expect(after.items.map((item) => item.id)).toEqual([ids[9], ids[8]]);
    const both = await listEvents(workspace, `?type=customer.updated&occurredBefore=${at(4)}`);
    expect(both.items.map((item) => item.id)).toEqual([ids[3], ids[1]]);
  });

  it("walks every page once with the cursor, in both orders and with filters", async () => {
    const workspace = await createTestWorkspace();
    const ids = await createEvents(workspace, 23, { type: (i) => (i % 3 === 0 ? "invoice.voided" : "customer.updated") });
    const desc = await walk(workspace, "limit=5");
    expect(desc).toEqual([...ids].reverse());
    expect(new Set(desc).size).toBe(23);
    expect(await walk(workspace, "limit=4&order=asc")).toEqual(ids);
    expect(await walk(workspace, "limit=2&order=asc&type=invoice.voided")).toEqual(ids.filter((_, i) => i % 3 === 0));
    const first = await listEvents(workspace, "?limit=5");
    expect(first.meta).toMatchObject({ hasMore: true, cursor: first.items[4]!.id });
  });

  it("breaks ties on occurredAt by id without duplicates or gaps", async () => {
    const workspace = await createTestWorkspace();
    const ids = await createEvents(workspace, 12, { at: () => BASE });
    const sorted = [...ids].sort();
    expect(await walk(workspace, "limit=5&order=asc")).toEqual(sorted);
    expect(await walk(workspace, "limit=5")).toEqual([...sorted].reverse());
  });

  it("shows only the key's workspace and mode", async () => {
    const mine = await createTestWorkspace();
    const theirs = await createTestWorkspace();
    const [own] = await createEvents(mine, 1);
    const [foreign] = await createEvents(theirs, 1);
    const [liveEvent] = await createEvents(mine, 1, { mode: "live" });
    const live = await addKey(mine, { mode: "live" });
    expect((await listEvents(mine)).items.map((item) => item.id)).toEqual([own]);
    const liveList = await callApi({ key: live, path: "/v1/events" });
    expect((liveList.json.data as Event[]).map((item) => item.id)).toEqual([liveEvent]);
    expect((liveList.json.data as Event[])[0]!.mode).toBe("live");
    for (const [key, id] of [
      [mine.key, foreign],
      [live, own],
      [mine.key, liveEvent],
      [mine.key, "evt_01HXAB7K3M9N2P5QRS8TVWXY3Z"],
    ] as const) {
      const result = await callApi({ key, path: `/v1/events/${id}` });
      expect(result.status).toBe(404);
      expect(result.json.error?.code).toBe("not_found");
    }
  });

  it("needs plugipay:events:read", async () => {
    const workspace = await createTestWorkspace();
    const [id] = await createEvents(workspace, 1);
    const key = await addKey(workspace, { scopes: ["plugipay:invoices:read"] });
    for (const path of ["/v1/events", `/v1/events/${id}`]) {
      const result = await callApi({ key, path });
      expect(result.status).toBe(403);
      expect(result.json.error?.code).toBe("insufficient_scope");
    }
    const scoped = await addKey(workspace, { scopes: ["plugipay:events:read"] });
    expect((await callApi({ key: scoped, path: "/v1/events" })).status).toBe(200);
  });

  it("refuses unknown parameters and bad filters with 400 naming the field", async () => {
    const workspace = await createTestWorkspace();
    const cases = [
      ["?since=2026-01-01T00:00:00Z", "since"],
      ["?occurredAfter=yesterday", "occurredAfter"],
      ["?occurredBefore=2026-13-01T00:00:00Z", "occurredBefore"],
      ["?occurredAfter=2026-03-02T00:00:00Z&occurredBefore=2026-03-01T00:00:00Z", "occurredBefore"],
      ["?type=invoice.exploded", "type"],
      ["?order=newest", "order"],
      ["?limit=0", "limit"],
    ];
    for (const [query, field] of cases) {
      const result = await callApi({ key: workspace.key, path: `/v1/events${query}` });
      expect(result.status, query).toBe(400);
      expect(result.json.error).toMatchObject({ code: "VALIDATION_ERROR", field });
    }
  });

  it("lists 100 events in a constant number of queries", async () => {
    const workspace = await createTestWorkspace();
    await createEvents(workspace, 100);
    const before = databaseQueryCount();
    const result = await callApi({ key: workspace.key, path: "/v1/events?limit=100" });
    const queries = databaseQueryCount() - before;
    expect(result.status).toBe(200);
    expect(result.json.data).toHaveLength(100);
    expect(result.json.meta.hasMore).toBe(false);
    expect(queries).toBeLessThanOrEqual(15);
  });
});
