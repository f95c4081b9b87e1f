// Responses are checked against the endpoint's schema before they are sent
// (docs/decisions/0009-response-schemas.md): a row that does not fit is a 500 with one log line.
import { describe, expect, it, vi } from "vitest";
import { prisma } from "../db";
import { log } from "../log";
import { callApi } from "../testing/api-client";
import { createTestWorkspace } from "../testing/fixtures";

vi.mock("../log", () => ({ log: vi.fn() }));

/** A customer whose stored metadata is not a map of strings, as a write outside the API could leave it. */
async function workspaceWithMisfitCustomer() {
  const workspace = await createTestWorkspace();
  await prisma.customer.update({ where: { id: workspace.customerId }, data: { metadata: JSON.stringify({ tier: 3 }) } });
  return workspace;
}

function mismatchLogs() {
  return vi.mocked(log).mock.calls.filter(([, message]) => message === "response does not match its schema");
}

describe("response check", () => {
  it("answers 500 internal_error and logs the endpoint and the failing path, not the data", async () => {
    const workspace = await workspaceWithMisfitCustomer();
    const result = await callApi({ key: workspace.key, path: `/v1/customers/${workspace.customerId}` });
    expect(result.status).toBe(500);
    expect(result.json.error?.code).toBe("internal_error");
    expect(result.json.data).toBeNull();
    expect(result.text).not.toContain("tier");
    expect(mismatchLogs().at(-1)).toEqual([
      "error",
      "response does not match its schema",
      {
        requestId: result.json.meta.requestId,
        endpoint: "GET /customers/:id",
        issues: ["data.metadata.tier: Invalid input: expected string, received number"],
      },
    ]);
  });

  it("checks every item of a list", async () => {
    const workspace = await workspaceWithMisfitCustomer();
    const result = await callApi({ key: workspace.key, path: "/v1/customers" });
    expect(result.status).toBe(500);
    expect(mismatchLogs().at(-1)?.[2]).toMatchObject({
      endpoint: "GET /customers",
      issues: ["data.0.metadata.tier: Invalid input: expected string, received number"],
    });
  });

  it("frees the idempotency key, so a retry after the data is fixed runs again", async () => {
    const workspace = await workspaceWithMisfitCustomer();
    const call = { key: workspace.key, method: "PATCH", path: `/v1/customers/${workspace.customerId}`, body: { name: "Ada" }, idempotencyKey: "idem_misfit" };
    expect((await callApi(call)).status).toBe(500);
    await prisma.customer.update({ where: { id: workspace.customerId }, data: { metadata: null } });
    const retry = await callApi(call);
    expect(retry.status).toBe(200);
    expect(retry.headers.get("Idempotent-Replayed")).toBeNull();
    expect(retry.json.data).toMatchObject({ id: workspace.customerId, name: "Ada", metadata: null });
  });
});
