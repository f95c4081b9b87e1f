// The field-table check itself: each way an object can break the official SDK's promise is caught.
import { describe, expect, it } from "vitest";
import { fieldTableProblems } from "./field-table-problems";

const line = { id: "il_1", description: "Pro", quantity: 1, unitAmount: 4900, amount: 4900, priceId: null, metadata: null };

const invoice = {
  id: "inv_1",
  arn: "arn:plugipay:acc_1:invoice/inv_1",
  accountId: "acc_1",
  customerId: "cus_1",
  subscriptionId: null,
  status: "open",
  number: "INV-000001",
  currency: "USD",
  subtotal: 4900,
  discount: 0,
  tax: 0,
  total: 4900,
  amountPaid: 0,
  amountDue: 4900,
  dueAt: null,
  issuedAt: "2026-12-02T10:00:00.000Z",
  paidAt: null,
  voidedAt: null,
  hostedInvoiceUrl: null,
  chargeId: null,
  collectionAttempts: 0,
  lines: [line],
  metadata: { order: "42" },
  createdAt: "2026-12-02T10:00:00.000Z",
  updatedAt: "2026-12-02T10:00:00.000Z",
};

describe("fieldTableProblems", () => {
  it("accepts an object with every declared field, and extra fields of ours", () => {
    expect(fieldTableProblems("invoice", { ...invoice, ourOwnField: true })).toEqual([]);
  });

  it("names a declared field that is absent, even when its value would be null", () => {
    const { chargeId: _dropped, ...withoutChargeId } = invoice;
    expect(fieldTableProblems("invoice", withoutChargeId)).toEqual(["invoice.chargeId: missing (the SDK declares it; null when empty)"]);
  });

  it("names null where the SDK never allows it, and a value of the wrong kind", () => {
    expect(fieldTableProblems("invoice", { ...invoice, number: null, total: 49.5, issuedAt: "yesterday" })).toEqual([
      "invoice.number: null, but the SDK declares it never null",
      "invoice.total: expected integer, got number",
      "invoice.issuedAt: expected time, got string",
    ]);
  });

  it("names a value outside the SDK's list", () => {
    expect(fieldTableProblems("invoice", { ...invoice, status: "cancelled" })).toEqual([
      'invoice.status: "cancelled" is not one of draft, open, past_due, paid, void, uncollectible',
    ]);
  });

  it("checks every item of a list and nested objects by their own tables", () => {
    const { metadata: _dropped, ...lineWithoutMetadata } = line;
    expect(fieldTableProblems("invoice", { ...invoice, lines: [line, lineWithoutMetadata] })).toEqual([
      "invoice.lines[1].metadata: missing (the SDK declares it; null when empty)",
    ]);
    expect(fieldTableProblems("invoice", { ...invoice, lines: "none" })).toEqual(["invoice.lines: expected an array, got string"]);
  });

  it("checks a string map's values", () => {
    expect(fieldTableProblems("invoice", { ...invoice, metadata: { seats: 3 } })).toEqual(["invoice.metadata: expected stringMap, got object"]);
  });

  it("lets a field the SDK marks optional be absent, but not of the wrong kind", () => {
    const endpoint = {
      id: "whep_1",
      accountId: "acc_1",
      mode: "test",
      url: "https://example.com/hook",
      events: ["*"],
      description: null,
      active: true,
      consecutiveFailures: 0,
      failingSince: null,
      disabledAt: null,
      disabledReason: null,
      createdAt: "2026-12-02T10:00:00.000Z",
      updatedAt: "2026-12-02T10:00:00.000Z",
    };
    expect(fieldTableProblems("webhookEndpoint", endpoint)).toEqual([]);
    expect(fieldTableProblems("webhookEndpoint", { ...endpoint, secret: 7 })).toEqual(["webhookEndpoint.secret: expected string, got number"]);
    const { accountId: _dropped, ...withoutAccount } = endpoint;
    expect(fieldTableProblems("webhookEndpoint", withoutAccount), "the earlier SDK release requires accountId").toEqual([
      "webhookEndpoint.accountId: missing (the SDK declares it; null when empty)",
    ]);
  });

  it("refuses something that is not an object", () => {
    expect(fieldTableProblems("customer", [])).toEqual(["customer: expected an object, got an array"]);
  });
});
