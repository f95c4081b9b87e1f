// Billing details (issue 12, item 5; docs/api.md §7.7, §10.2, §10.7): the customer object's address,
// the portal's updateBillingDetails toggle, and the portal's save through the one customer update.
import { describe, expect, it } from "vitest";
import { prisma } from "../db";
import { AppError } from "../errors";
import { callApi } from "../testing/api-client";
import { createTestWorkspace, type TestWorkspace } from "../testing/fixtures";
import type { Tenant } from "../tenancy";
import { parseBillingDetailsForm } from "./billing-details-form";
import { updateBillingDetails } from "./update-billing-details";
import { ISO_MS, createdCustomer, customerEventsOf, customerOf } from "./customers-api-test-helpers";

const ADDRESS = { line1: "Jl. Sudirman 1", line2: null, city: "Jakarta", state: "DKI Jakarta", postalCode: "10220", country: "ID" };

const tenantOf = (workspace: TestWorkspace): Tenant => ({ workspaceId: workspace.workspaceId, accountId: workspace.accountId, mode: "test" });

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

describe("the customer object's address", () => {
  it("is null until one is set, then carried by create, get, list and update, and cleared by null", async () => {
    const workspace = await createTestWorkspace();
    const plain = await createdCustomer(workspace, { name: "Plain" });
    expect(plain.address).toBeNull();
    const created = await createdCustomer(workspace, { name: "Budi", taxId: "01.234.567.8-901.000", address: { ...ADDRESS, country: "id" } });
    expect(created).toMatchObject({ taxId: "01.234.567.8-901.000", address: ADDRESS });
    const fetched = await callApi({ key: workspace.key, path: `/v1/customers/${created.id}` });
    expect(customerOf(fetched).address).toEqual(ADDRESS);
    const listed = await callApi({ key: workspace.key, path: "/v1/customers" });
    expect((listed.json.data as { id: string; address: unknown }[]).find((customer) => customer.id === created.id)?.address).toEqual(ADDRESS);

    const moved = { line1: "1 Raffles Place", city: "Singapore", country: "SG" };
    const patched = await callApi({ key: workspace.key, method: "PATCH", path: `/v1/customers/${created.id}`, body: { address: moved } });
    expect(patched.status).toBe(200);
    expect(customerOf(patched).address).toEqual({ ...moved, line2: null, state: null, postalCode: null });
    const cleared = await callApi({ key: workspace.key, method: "PATCH", path: `/v1/customers/${created.id}`, body: { address: null } });
    expect(customerOf(cleared).address).toBeNull();
    const events = (await customerEventsOf(workspace.workspaceId)).filter((event) => event.data.object.id === created.id);
    expect(events.map((event) => [event.type, event.data.previousAttributes])).toEqual([
      ["customer.created", undefined],
      ["customer.updated", { address: ADDRESS }],
      ["customer.updated", { address: { ...moved, line2: null, state: null, postalCode: null } }],
    ]);
  });

  it("answers 400 naming the field for a bad address, and changes nothing", async () => {
    const workspace = await createTestWorkspace();
    for (const [address, field] of [
      [{ ...ADDRESS, country: "XX" }, "address.country"],
      [{ ...ADDRESS, line1: "  " }, "address.line1"],
      [{ city: "Jakarta", country: "ID" }, "address.line1"],
      [{ ...ADDRESS, postalCode: "10220;" }, "address.postalCode"],
      [{ ...ADDRESS, planet: "Mars" }, "address.planet"],
      ["Jl. Sudirman 1", "address"],
    ] as const) {
      const result = await callApi({ key: workspace.key, method: "PATCH", path: `/v1/customers/${workspace.customerId}`, body: { address } });
      expect(result.status, JSON.stringify(address)).toBe(400);
      expect(result.json.error).toMatchObject({ code: "VALIDATION_ERROR", field });
    }
    const stored = await prisma.customer.findUniqueOrThrow({ where: { id: workspace.customerId } });
    expect([stored.addressLine1, stored.addressCity, stored.addressCountry]).toEqual([null, null, null]);
  });
});

describe("the updateBillingDetails portal setting", () => {
  it("is on by default, turns off and on through PATCH /v1/portal-settings, and is fixed into sessions minted afterwards", async () => {
    const workspace = await createTestWorkspace();
    const initial = await callApi({ key: workspace.key, path: "/v1/portal-settings" });
    expect(initial.json.data).toMatchObject({ updateBillingDetails: true });
    const mint = async () => {
      const minted = await callApi({
        key: workspace.key,
        path: "/v1/portal-sessions",
        body: { customerId: workspace.customerId, returnUrl: "https://example.com" },
      });
      const stored = await prisma.portalSession.findUniqueOrThrow({ where: { id: (minted.json.data as { id: string }).id } });
      return (JSON.parse(stored.capabilities) as { updateBillingDetails?: boolean }).updateBillingDetails;
    };
    expect(await mint()).toBe(true);
    const off = await callApi({ key: workspace.key, method: "PATCH", path: "/v1/portal-settings", body: { updateBillingDetails: false } });
    expect(off.json.data).toMatchObject({ updateBillingDetails: false, updatePaymentMethod: true });
    expect((await callApi({ key: workspace.key, path: "/v1/portal-settings" })).json.data).toMatchObject({ updateBillingDetails: false });
    expect(await mint()).toBe(false);
    await callApi({ key: workspace.key, method: "PATCH", path: "/v1/portal-settings", body: { updateBillingDetails: true } });
    expect(await mint()).toBe(true);
  });

  it("refuses a value that is not a boolean, naming the field", async () => {
    const workspace = await createTestWorkspace();
    const result = await callApi({ key: workspace.key, method: "PATCH", path: "/v1/portal-settings", body: { updateBillingDetails: "yes" } });
    expect(result.status).toBe(400);
    expect(result.json.error).toMatchObject({ code: "VALIDATION_ERROR", field: "updateBillingDetails" });
  });
});

describe("saving billing details in the portal", () => {
  const FORM = {
    name: "PT Maju Jaya",
    email: "billing@maju.example",
    line1: "Jl. Sudirman 1",
    line2: "",
    city: "Jakarta",
    state: "DKI Jakarta",
    postalCode: "10220",
    country: "ID",
    taxId: "01.234.567.8-901.000",
  };

  it("updates the customer the API shows and appends one customer.updated with the previous values", async () => {
    const workspace = await createTestWorkspace();
    const parsed = parseBillingDetailsForm(form(FORM));
    if (!parsed.ok) throw new Error("the form should parse");
    const saved = await updateBillingDetails(tenantOf(workspace), workspace.customerId, parsed.details);
    expect(saved).toMatchObject({ name: "PT Maju Jaya", email: "billing@maju.example", taxId: FORM.taxId, address: ADDRESS });
    const fetched = customerOf(await callApi({ key: workspace.key, path: `/v1/customers/${workspace.customerId}` }));
    expect(fetched).toEqual({ ...saved, updatedAt: expect.stringMatching(ISO_MS) });
    const events = await customerEventsOf(workspace.workspaceId);
    expect(events.map((event) => event.type)).toEqual(["customer.updated"]);
    expect(events[0]?.data).toEqual({
      aggregateType: "customer",
      aggregateId: workspace.customerId,
      object: fetched,
      previousAttributes: { name: "Test Customer", email: "customer@example.com", taxId: null, address: null },
    });

    await updateBillingDetails(tenantOf(workspace), workspace.customerId, parsed.details);
    expect((await customerEventsOf(workspace.workspaceId)).map((event) => event.type)).toEqual(["customer.updated"]);
  });

  it("cannot reach another workspace's customer: 404, and that customer is unchanged", async () => {
    const mine = await createTestWorkspace();
    const theirs = await createTestWorkspace();
    const parsed = parseBillingDetailsForm(form(FORM));
    if (!parsed.ok) throw new Error("the form should parse");
    const attempt = updateBillingDetails(tenantOf(mine), theirs.customerId, parsed.details);
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: "not_found" });
    const fetched = await callApi({ key: mine.key, path: `/v1/customers/${theirs.customerId}` });
    expect(fetched.status).toBe(404);
    const patched = await callApi({ key: mine.key, method: "PATCH", path: `/v1/customers/${theirs.customerId}`, body: { address: ADDRESS } });
    expect(patched.status).toBe(404);
    expect(patched.json.error).toMatchObject({ code: "not_found" });
    const stored = await prisma.customer.findUniqueOrThrow({ where: { id: theirs.customerId } });
    expect([stored.name, stored.email, stored.addressLine1]).toEqual(["Test Customer", "customer@example.com", null]);
    expect(await customerEventsOf(theirs.workspaceId)).toEqual([]);
  });
});
