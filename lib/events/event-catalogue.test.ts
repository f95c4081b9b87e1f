// The event catalogue (docs/api.md §8.2, §8.3): both names of every kind resolve to it, the names
// are unique, and the README's webhook section and the reference list every kind with both names.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { EVENT_CATALOGUE, EVENT_NAMES, bothNamesOf, eventNameIn, findEventKind, isVersionedEventName } from "./event-catalogue-schemas";
import { eventData, storedEventData } from "./event-data";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The `| \`seed\` | \`versioned\` |` pairs of a Markdown document's tables. */
function namePairs(path: string): string[] {
  return readFileSync(`${ROOT}${path}`, "utf8")
    .split("\n")
    .flatMap((line) => {
      const match = /^\|\s*`([a-z_.]+)`\s*\|\s*`(plugipay\.[a-z_.]+\.v1)`\s*\|/.exec(line);
      return match ? [`${match[1]} ${match[2]}`] : [];
    });
}

describe("event catalogue", () => {
  it("names every kind plugipay.<aggregate>.<action>.v1, with the SDKs' spelling of canceled", () => {
    for (const kind of EVENT_CATALOGUE) {
      expect(kind.versionedType).toMatch(new RegExp(`^plugipay\\.${kind.aggregateType}\\.[a-z_]+\\.v1$`));
      expect(kind.type.startsWith(`${kind.aggregateType}.`)).toBe(true);
    }
    expect(findEventKind("subscription.cancelled")?.versionedType).toBe("plugipay.subscription.canceled.v1");
    expect(findEventKind("plugipay.subscription.cancelled.v1")).toBeUndefined();
  });

  it("resolves both names of each kind to it, and no name to two kinds", () => {
    expect(new Set(EVENT_NAMES).size).toBe(EVENT_CATALOGUE.length * 2);
    for (const kind of EVENT_CATALOGUE) {
      expect(findEventKind(kind.type)).toBe(kind);
      expect(findEventKind(kind.versionedType)).toBe(kind);
      expect(isVersionedEventName(kind.versionedType)).toBe(true);
      expect(isVersionedEventName(kind.type)).toBe(false);
      expect(eventNameIn("versioned", kind.type)).toBe(kind.versionedType);
      expect(eventNameIn("seed", kind.type)).toBe(kind.type);
    }
    expect(eventNameIn("versioned", "*")).toBe("*");
    expect(bothNamesOf("plugipay.subscription.canceled.v1")).toEqual(["subscription.cancelled", "plugipay.subscription.canceled.v1"]);
    expect(bothNamesOf("subscription.cancelled")).toEqual(["subscription.cancelled", "plugipay.subscription.canceled.v1"]);
    expect(bothNamesOf("subscription.canceled")).toEqual([]);
  });

  it("holds the union the issue lists", () => {
    expect(EVENT_CATALOGUE.map((kind) => kind.type).sort()).toEqual(
      [
        ...["customer.created", "customer.updated", "customer.deleted", "plan.created", "plan.updated", "plan.archived"],
        ...["subscription.created", "subscription.updated", "subscription.paused", "subscription.resumed", "subscription.cancelled", "subscription.renewed"],
        ...["invoice.created", "invoice.finalized", "invoice.sent", "invoice.paid", "invoice.voided", "invoice.failed", "invoice.payment_failed"],
        ...["payment_method.attached", "payment_method.detached", "webhook_endpoint.disabled"],
      ].sort(),
    );
  });

  it("is listed kind by kind with both names in the README's webhook section and in docs/api.md §8.2", () => {
    const expected = EVENT_CATALOGUE.map((kind) => `${kind.type} ${kind.versionedType}`);
    for (const document of ["README.md", "docs/api.md"]) {
      const pairs = namePairs(document);
      expect(
        expected.filter((pair) => !pairs.includes(pair)),
        document,
      ).toEqual([]);
      expect(
        pairs.filter((pair) => !expected.includes(pair)),
        document,
      ).toEqual([]);
    }
  });

  it("names the aggregate in data, keeps invoice.sent's recipient, and completes data stored without the aggregate", () => {
    const invoice = { id: "inv_1", status: "open" };
    expect(eventData("invoice.sent", invoice, undefined, { to: "ada@example.com" })).toEqual({
      aggregateType: "invoice",
      aggregateId: "inv_1",
      object: invoice,
      to: "ada@example.com",
    });
    const stored = JSON.stringify(eventData("invoice.sent", invoice, undefined, { to: "ada@example.com" }));
    expect(storedEventData("invoice.sent", stored)).toEqual(JSON.parse(stored));
    expect(storedEventData("plan.updated", JSON.stringify({ object: { id: "plan_1" }, previousAttributes: { name: "Old" } }))).toEqual({
      aggregateType: "plan",
      aggregateId: "plan_1",
      object: { id: "plan_1" },
      previousAttributes: { name: "Old" },
    });
  });
});
