// The earlier official SDK's plan-level price, read from a plan's prices (docs/api.md §10.3).
import { describe, expect, it } from "vitest";
import type { Price } from "../generated/prisma/client";
import { planLevelPrice } from "./plan-resource";

const createdAt = new Date("2026-12-01T00:00:00.000Z");
const price = (id: string, currency: string, unitAmount: number, active = true): Price => ({
  id,
  planId: "plan_1",
  workspaceId: "ws_1",
  mode: "test",
  currency,
  unitAmount,
  model: "flat",
  taxMode: "exclusive",
  active,
  createdAt,
});

describe("planLevelPrice", () => {
  it("is the first price in the order added, whatever was added after it", () => {
    expect(planLevelPrice([price("price_1", "IDR", 75_000_000), price("price_2", "USD", 4900)])).toEqual({ currency: "IDR", amount: 75_000_000 });
  });

  it("skips prices that are not active", () => {
    expect(planLevelPrice([price("price_1", "USD", 4900, false), price("price_2", "EUR", 4500)])).toEqual({ currency: "EUR", amount: 4500 });
  });

  it("falls back to the first price when none is active, and to USD 0 without any", () => {
    expect(planLevelPrice([price("price_1", "JPY", 900, false)])).toEqual({ currency: "JPY", amount: 900 });
    expect(planLevelPrice([])).toEqual({ currency: "USD", amount: 0 });
  });
});
