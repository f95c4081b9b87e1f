// Compile-time drift check (`tsc --noEmit` fails on drift): what the server's resource mappers return
// must be assignable to the SDK's response types, and the SDK's request types to the server's schemas.
import { describe, expect, it } from "vitest";
import type { CustomerResource } from "../customers/customer-resource";
import type { CreateCustomerInput, UpdateCustomerInput } from "../customers/customer-schemas";
import type { EventResource } from "../events/event-resource";
import type { InvoiceResource } from "../invoices/invoice-resource";
import type { PaymentMethodResource } from "../payment-methods/payment-method-resource";
import type { PlanResource, PriceResource } from "../plans/plan-resource";
import type { CreatePlanInput, PriceInput, UpdatePlanInput } from "../plans/plan-schemas";
import type { CreatePortalSessionInput, PortalSessionResourceShape } from "../portal-sessions/portal-session-schemas";
import type { portalSettingsResource as serverPortalSettings } from "../settings/manage-portal-settings";
import type { UpdatePortalSettingsInput } from "../settings/portal-settings-schemas";
import type { SubscriptionResource } from "../subscriptions/subscription-resource";
import type * as Sdk from "./index";

/** Database columns are plain strings where the SDK names the documented values. */
type Loosen<T, K extends keyof T> = Omit<T, K> & { [P in K]: string | (null extends T[P] ? null : never) };

export const responseShapes = {
  portalSession: (value: PortalSessionResourceShape): Sdk.PortalSession => value,
  customer: (value: CustomerResource): Sdk.Customer => value,
  plan: (value: PlanResource): Sdk.Plan => value,
  price: (value: PriceResource): Sdk.Price => value,
  invoice: (value: InvoiceResource): Loosen<Sdk.Invoice, "status"> => value,
  subscription: (value: SubscriptionResource): Loosen<Sdk.Subscription, "status" | "collectionMethod" | "canceledReason"> => value,
  paymentMethod: (value: PaymentMethodResource): Sdk.PaymentMethod => value,
  portalSettings: (value: Awaited<ReturnType<typeof serverPortalSettings>>): Loosen<
    Omit<Sdk.PortalSettings, "customDomainVerification"> & { customDomainVerification: { type: string; name: string; value: string } | null },
    "customDomainStatus"
  > => value,
  event: (value: EventResource): Loosen<Sdk.PlugipayEvent, "type"> => value,
};

export const requestShapes = {
  portalSession: (value: Sdk.CreatePortalSessionParams): CreatePortalSessionInput => value,
  createCustomer: (value: Sdk.CreateCustomerParams): CreateCustomerInput => value,
  updateCustomer: (value: Sdk.UpdateCustomerParams): UpdateCustomerInput => value,
  price: (value: Sdk.PriceParams): PriceInput => value,
  createPlan: (value: Sdk.CreatePlanParams): CreatePlanInput => value,
  updatePlan: (value: Sdk.UpdatePlanParams): UpdatePlanInput => value,
  updatePortalSettings: (value: Sdk.UpdatePortalSettingsParams): UpdatePortalSettingsInput => value,
};

describe("SDK types", () => {
  it("are checked against the API's shapes by tsc", () => {
    expect(Object.keys(responseShapes)).toHaveLength(9);
    expect(Object.keys(requestShapes)).toHaveLength(7);
  });
});
