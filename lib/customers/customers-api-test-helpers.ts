// Helpers shared by the customers API integration tests.
import "server-only";
import { expect } from "vitest";
import { prisma } from "../db";
import { now } from "../clock";
import { newId } from "../ids";
import { callApi, type ApiResult } from "../testing/api-client";
import type { TestWorkspace } from "../testing/fixtures";

export const ISO_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
export const CUSTOMER_ID = /^cus_[0-9A-HJKMNP-TV-Z]{26}$/;

export type CustomerData = Record<string, unknown> & { id: string };

export function customerOf(result: ApiResult): CustomerData {
  return result.json.data as CustomerData;
}

export async function createCustomerByApi(workspace: TestWorkspace, body: Record<string, unknown>) {
  return callApi({ key: workspace.key, path: "/v1/customers", body });
}

/** A created customer's data, after checking the create succeeded. */
export async function createdCustomer(workspace: TestWorkspace, body: Record<string, unknown>): Promise<CustomerData> {
  const result = await createCustomerByApi(workspace, body);
  expect(result.status).toBe(201);
  return customerOf(result);
}

export async function customerEventsOf(workspaceId: string) {
  const events = await prisma.event.findMany({ where: { workspaceId }, orderBy: [{ occurredAt: "asc" }, { id: "asc" }] });
  return events.map((event) => ({
    type: event.type,
    mode: event.mode,
    data: JSON.parse(event.data) as { object: CustomerData; previousAttributes?: Record<string, unknown> },
  }));
}

/** A card row for a customer, made directly (no processor, no events). */
export async function createCardRow(workspace: TestWorkspace, customerId: string, options: { detached?: boolean } = {}) {
  const card = await prisma.paymentMethod.create({
    data: {
      id: newId("paymentMethod"),
      workspaceId: workspace.workspaceId,
      mode: "test",
      customerId,
      brand: "visa",
      last4: "4242",
      expMonth: 12,
      expYear: 2034,
      fingerprint: "fp_test",
      processorToken: "tok_test",
      detachedAt: options.detached ? now() : null,
    },
  });
  return card.id;
}
