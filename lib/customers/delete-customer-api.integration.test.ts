// DELETE /v1/customers/{id} (docs/api.md §10.2): 409 conflict while a subscription is live; otherwise
// the customer is gone from the API and the portal, with customer.deleted in the same transaction.
import { describe, expect, it } from "vitest";
import { prisma } from "../db";
import { callApi } from "../testing/api-client";
import { createTestWorkspace, type TestWorkspace } from "../testing/fixtures";
import { createSubscribedCustomer } from "../testing/portal-fixtures";
import { exchangePortalToken } from "../portal/exchange-portal-token";
import { resolvePortalAccess } from "../portal/portal-access";
import { createdCustomer, customerEventsOf } from "./customers-api-test-helpers";

const RETURN_URL = "https://app.acme.com/account";

function deleteCustomer(workspace: TestWorkspace, customerId: string, idempotencyKey?: string) {
  return callApi({ key: workspace.key, method: "DELETE", path: `/api/v1/customers/${customerId}`, idempotencyKey });
}

async function mintPortalLink(workspace: TestWorkspace, customerId: string) {
  const minted = await callApi({ key: workspace.key, path: "/v1/portal-sessions", body: { customerId, returnUrl: RETURN_URL } });
  expect(minted.status).toBe(201);
  const session = minted.json.data as { id: string; url: string };
  return { id: session.id, token: session.url.split("#t=")[1] ?? "" };
}

describe("DELETE /v1/customers/{id}", () => {
  it("deletes a customer without subscriptions: GET is 404, lists omit it, customer.deleted carries it as it was", async () => {
    const workspace = await createTestWorkspace();
    const customer = await createdCustomer(workspace, { email: "gone@example.com", externalId: "user_gone" });
    const deleted = await deleteCustomer(workspace, customer.id, "idem_delete_1");
    expect(deleted.status).toBe(200);
    expect(deleted.json.data).toEqual({ id: customer.id, deleted: true });

    const fetched = await callApi({ key: workspace.key, path: `/v1/customers/${customer.id}` });
    expect(fetched.status).toBe(404);
    expect(fetched.json.error?.code).toBe("not_found");
    const listed = await callApi({ key: workspace.key, path: "/v1/customers?limit=100" });
    expect((listed.json.data as { id: string }[]).map((item) => item.id)).toEqual([workspace.customerId]);
    const patched = await callApi({ key: workspace.key, method: "PATCH", path: `/v1/customers/${customer.id}`, body: { name: "Back" } });
    expect(patched.status).toBe(404);

    const events = await customerEventsOf(workspace.workspaceId);
    expect(events.map((event) => event.type)).toEqual(["customer.created", "customer.deleted"]);
    expect(events[1]?.data).toMatchObject({ aggregateType: "customer", aggregateId: customer.id, object: { id: customer.id, externalId: "user_gone" } });

    // The same call again replays; a new call is 404; the externalId is free again.
    const replayed = await deleteCustomer(workspace, customer.id, "idem_delete_1");
    expect(replayed.headers.get("Idempotent-Replayed")).toBe("true");
    expect((await deleteCustomer(workspace, customer.id)).status).toBe(404);
    const reused = await callApi({ key: workspace.key, path: "/v1/customers", body: { externalId: "user_gone" } });
    expect(reused.status).toBe(201);
  });

  it("409 conflict while a subscription is live, with nothing changed; deletes once it is canceled", async () => {
    const { workspace, subscription } = await createSubscribedCustomer();
    for (const status of ["active", "trialing", "past_due", "paused", "incomplete"]) {
      await prisma.subscription.update({ where: { id: subscription.id }, data: { status } });
      const refused = await deleteCustomer(workspace, workspace.customerId);
      expect(refused.status).toBe(409);
      expect(refused.json.error?.code).toBe("conflict");
      expect(refused.json.error?.message).toMatch(/live subscription/);
    }
    const stored = await prisma.customer.findUniqueOrThrow({ where: { id: workspace.customerId } });
    expect(stored.deletedAt).toBeNull();
    expect((await callApi({ key: workspace.key, path: `/v1/customers/${workspace.customerId}` })).status).toBe(200);
    expect(await prisma.event.count({ where: { workspaceId: workspace.workspaceId, type: "customer.deleted" } })).toBe(0);

    await prisma.subscription.update({ where: { id: subscription.id }, data: { status: "canceled", canceledAt: new Date() } });
    expect((await deleteCustomer(workspace, workspace.customerId)).status).toBe(200);
    // Its invoices stay, for the money history.
    expect(await prisma.invoice.count({ where: { customerId: workspace.customerId } })).toBe(1);
  });

  it("a delete racing a new subscription never leaves a deleted customer with a live subscription", async () => {
    const { workspace, plans } = await createSubscribedCustomer();
    for (let round = 0; round < 5; round += 1) {
      const customer = await createdCustomer(workspace, { name: `Racer ${round}` });
      const [deleted, subscribed] = await Promise.all([
        deleteCustomer(workspace, customer.id),
        callApi({
          key: workspace.key,
          path: "/v1/subscriptions",
          body: { customerId: customer.id, planId: plans.pro.planId, priceId: plans.pro.priceId, collectionMethod: "send_invoice" },
        }),
      ]);
      // Exactly one wins: the delete (the subscription is then 404) or the subscription (the delete is then 409).
      expect([deleted.status, subscribed.status].sort()).toEqual(deleted.status === 200 ? [200, 404] : [201, 409]);
      const stored = await prisma.customer.findUniqueOrThrow({ where: { id: customer.id } });
      const live = await prisma.subscription.count({ where: { customerId: customer.id, status: { not: "canceled" } } });
      expect(stored.deletedAt !== null && live > 0).toBe(false);
    }
  });

  it("no portal session can be minted for a deleted customer, and its existing links and browser sessions stop working", async () => {
    const workspace = await createTestWorkspace();
    const customer = await createdCustomer(workspace, { name: "Portal user" });
    const exchanged = await mintPortalLink(workspace, customer.id);
    const outcome = await exchangePortalToken(exchanged.id, exchanged.token);
    if (!outcome.ok) throw new Error(`exchange failed: ${outcome.reason}`);
    expect((await resolvePortalAccess(exchanged.id, outcome.cookieValue)).state).toBe("signed_in");
    const unused = await mintPortalLink(workspace, customer.id);

    expect((await deleteCustomer(workspace, customer.id)).status).toBe(200);

    expect((await resolvePortalAccess(exchanged.id, outcome.cookieValue)).state).toBe("signed_out");
    expect(await exchangePortalToken(unused.id, unused.token)).toEqual({ ok: false, reason: "expired" });
    const minted = await callApi({ key: workspace.key, path: "/v1/portal-sessions", body: { customerId: customer.id, returnUrl: RETURN_URL } });
    expect(minted.status).toBe(404);
    expect(minted.json.error?.code).toBe("not_found");
  });

  it("404 for another workspace's customer, which stays; 403 without the write scope", async () => {
    const owner = await createTestWorkspace();
    const other = await createTestWorkspace();
    const result = await deleteCustomer(other, owner.customerId);
    expect(result.status).toBe(404);
    expect(result.json.error?.code).toBe("not_found");
    const readOnly = await createTestWorkspace({ scopes: ["plugipay:customers:read"] });
    expect((await deleteCustomer(readOnly, readOnly.customerId)).json.error?.code).toBe("insufficient_scope");
    const stored = await prisma.customer.findUniqueOrThrow({ where: { id: owner.customerId } });
    expect(stored.deletedAt).toBeNull();
  });
});
