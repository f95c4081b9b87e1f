// Price rows to insert for a plan, from validated price inputs.
import { newId } from "../ids";
import type { Tenant } from "../tenancy";
import type { PriceInput } from "./plan-schemas";

export function priceRow(tenant: Tenant, price: PriceInput, createdAt: Date, id: string = newId("price")) {
  return {
    id,
    workspaceId: tenant.workspaceId,
    mode: tenant.mode,
    currency: price.currency.toUpperCase(),
    unitAmount: price.unitAmount,
    model: price.model,
    taxMode: price.taxMode ?? "exclusive",
    createdAt,
  };
}

/**
 * Rows for prices created together. They share one createdAt, so their ids (ULIDs, sortable) are
 * handed out in ascending order: listing by (createdAt, id) then keeps the order they were sent in.
 */
export function priceRows(tenant: Tenant, prices: PriceInput[], createdAt: Date) {
  const ids = prices.map(() => newId("price")).sort();
  return prices.map((price, index) => priceRow(tenant, price, createdAt, ids[index]));
}
