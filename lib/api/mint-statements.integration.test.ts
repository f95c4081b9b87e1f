// The mint's round trips (issue 11; docs/decisions/0014-mint-performance.md): a signed
// POST /v1/portal-sessions sends a fixed, small number of SQL statements. A change that adds one to
// the hot path fails here, not only in `npm run bench`. (SQLite counts statements; PostgreSQL runs the
// same statements.)
import { describe, expect, it } from "vitest";
import { databaseQueryCount, prisma } from "../db";
import { callApi } from "../testing/api-client";
import { createTestWorkspace } from "../testing/fixtures";

const body = (customerId: string) => ({ customerId, returnUrl: "https://app.acme.com/account" });

async function statementsOf(call: () => Promise<{ status: number }>): Promise<number> {
  const before = databaseQueryCount();
  const result = await call();
  expect(result.status).toBe(201);
  return databaseQueryCount() - before;
}

describe("statements per mint", () => {
  it("with an Idempotency-Key: key and its failure bucket, rate limit, record, customer, settings, insert, completion", async () => {
    const workspace = await createTestWorkspace();
    // The first call of a key also records its use (once a minute); measure the steady state.
    await callApi({ key: workspace.key, path: "/v1/portal-sessions", body: body(workspace.customerId), idempotencyKey: "warm-up" });
    const statements = await statementsOf(() =>
      callApi({ key: workspace.key, path: "/v1/portal-sessions", body: body(workspace.customerId), idempotencyKey: "mint-1" }),
    );
    expect(statements).toBeLessThanOrEqual(7);
  });

  it("without one: no idempotency record is written", async () => {
    const workspace = await createTestWorkspace();
    await callApi({ key: workspace.key, path: "/v1/portal-sessions", body: body(workspace.customerId) });
    const records = await prisma.idempotencyRecord.count({ where: { workspaceId: workspace.workspaceId } });
    const statements = await statementsOf(() => callApi({ key: workspace.key, path: "/v1/portal-sessions", body: body(workspace.customerId) }));
    expect(statements).toBeLessThanOrEqual(5);
    expect(await prisma.idempotencyRecord.count({ where: { workspaceId: workspace.workspaceId } })).toBe(records);
  });

  it("a replayed Idempotency-Key answers from its record without minting again", async () => {
    const workspace = await createTestWorkspace();
    const call = () => callApi({ key: workspace.key, path: "/v1/portal-sessions", body: body(workspace.customerId), idempotencyKey: "replay-1" });
    const first = await call();
    const second = await call();
    expect(second.status).toBe(201);
    expect(second.headers.get("Idempotent-Replayed")).toBe("true");
    expect(second.json.data).toEqual(first.json.data);
    expect(await prisma.portalSession.count({ where: { workspaceId: workspace.workspaceId } })).toBe(1);
  });
});
