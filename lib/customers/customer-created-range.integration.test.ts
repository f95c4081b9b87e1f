// createdAfter / createdBefore on GET /v1/customers (docs/api.md §6.2, §10.2), in the forms the official
// SDK sends them: ISO 8601 text from customers.list, a JSON-quoted ISO time from client.api.customersList.
import { describe, expect, it } from "vitest";
import { prisma } from "../db";
import { callApi } from "../testing/api-client";
import { createTestWorkspace, type TestWorkspace } from "../testing/fixtures";
import { createdCustomer } from "./customers-api-test-helpers";

async function customersCreatedAt(workspace: TestWorkspace, times: string[]) {
  const ids: string[] = [];
  for (const time of times) {
    const customer = await createdCustomer(workspace, { name: `Created ${time}` });
    await prisma.customer.update({ where: { id: customer.id }, data: { createdAt: new Date(time) } });
    ids.push(customer.id);
  }
  return ids;
}

async function listIds(workspace: TestWorkspace, query: string) {
  const result = await callApi({ key: workspace.key, path: `/api/v1/customers${query}` });
  expect(result.status).toBe(200);
  return (result.json.data as { id: string }[]).map((customer) => customer.id);
}

describe("GET /v1/customers with a created range", () => {
  it("keeps customers created strictly inside the range, in every accepted form", async () => {
    const workspace = await createTestWorkspace();
    await prisma.customer.update({ where: { id: workspace.customerId }, data: { createdAt: new Date("2025-06-01T00:00:00Z") } });
    const [january, february, march] = await customersCreatedAt(workspace, ["2026-01-10T08:00:00Z", "2026-02-10T08:00:00Z", "2026-03-10T08:00:00Z"]);

    expect(await listIds(workspace, "?createdAfter=2026-01-10T08:00:00Z")).toEqual([march, february]);
    expect(await listIds(workspace, "?createdAfter=2026-01-10T07:59:59.999Z&order=asc")).toEqual([january, february, march]);
    expect(await listIds(workspace, "?createdBefore=2026-02-01")).toEqual([january, workspace.customerId]);
    expect(await listIds(workspace, `?createdAfter=${encodeURIComponent("2026-02-10T15:00:00+07:00")}&createdBefore=2026-03-10`)).toEqual([]);
    expect(await listIds(workspace, `?createdAfter=${encodeURIComponent('"2026-02-01T00:00:00.000Z"')}`)).toEqual([march, february]);
    expect(await listIds(workspace, "?createdAfter=2026-01-01&createdBefore=2026-03-01&limit=1")).toEqual([february]);
  });

  it.each(["yesterday", "1767225600", "2026-13-01", "2026-01-10T08:00:00", "Sat Jan 10 2026 08:00:00 GMT+0000", ""])(
    "400 VALIDATION_ERROR naming createdAfter for %j",
    async (value) => {
      const workspace = await createTestWorkspace();
      const result = await callApi({ key: workspace.key, path: `/v1/customers?createdAfter=${encodeURIComponent(value)}` });
      expect(result.status).toBe(400);
      expect(result.json.error).toMatchObject({ code: "VALIDATION_ERROR", field: "createdAfter" });
    },
  );

  it("400 naming createdBefore for a bad upper bound", async () => {
    const workspace = await createTestWorkspace();
    const result = await callApi({ key: workspace.key, path: "/v1/customers?createdBefore=soon" });
    expect(result.status).toBe(400);
    expect(result.json.error?.field).toBe("createdBefore");
  });
});
