import { describe, expect, it } from "vitest";
import { creditedAmount, invoiceDisplayStatus, isPayableInvoiceStatus } from "./invoice-statuses";

describe("invoice statuses as the portal shows them", () => {
  it("labels a settled invoice for less than nothing as a credit, with what it credited", () => {
    expect(invoiceDisplayStatus({ status: "paid", total: -2000 })).toEqual({ status: "credit" });
    expect(creditedAmount({ status: "paid", total: -2000 })).toBe(2000);
  });

  it("leaves every other invoice as its status, crediting nothing", () => {
    for (const invoice of [
      { status: "paid", total: 4900 },
      { status: "paid", total: 0 },
      { status: "open", total: 2900 },
      { status: "void", total: -100 },
    ]) {
      expect(invoiceDisplayStatus(invoice)).toEqual({ status: invoice.status });
      expect(creditedAmount(invoice)).toBeNull();
    }
    expect(isPayableInvoiceStatus("past_due")).toBe(true);
  });
});
