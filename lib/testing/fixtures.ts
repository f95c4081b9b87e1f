// Integration-test fixtures: each test creates exactly the tenants, keys and customers it needs.
import "server-only";
import { prisma } from "../db";
import { newId } from "../ids";
import { createApiKey, type CreatedApiKey } from "../api-keys/create-api-key";
import { connectToPlatform, createWorkspace } from "../workspaces/create-workspace";
import type { Mode } from "../tenancy";

export type TestWorkspace = {
  workspaceId: string;
  accountId: string;
  key: CreatedApiKey;
  customerId: string;
};

export async function createTestWorkspace(options: { scopes?: string[]; mode?: Mode; isPlatform?: boolean; name?: string } = {}): Promise<TestWorkspace> {
  const mode = options.mode ?? "test";
  const workspace = await createWorkspace({ name: options.name ?? "Test workspace", isPlatform: options.isPlatform });
  const key = await createApiKey({ workspaceId: workspace.id, mode, name: "test key", scopes: options.scopes ?? ["*"] });
  const customerId = await createTestCustomer(workspace.id, mode);
  return { workspaceId: workspace.id, accountId: workspace.accountId, key, customerId };
}

export async function createTestCustomer(workspaceId: string, mode: Mode = "test"): Promise<string> {
  const customer = await prisma.customer.create({
    data: { id: newId("customer"), workspaceId, mode, name: "Test Customer", email: "customer@example.com" },
  });
  return customer.id;
}

export async function addKey(workspace: TestWorkspace, options: { scopes?: string[]; mode?: Mode }): Promise<CreatedApiKey> {
  return createApiKey({
    workspaceId: workspace.workspaceId,
    mode: options.mode ?? "test",
    name: "extra key",
    scopes: options.scopes ?? ["*"],
  });
}

export async function connect(platform: TestWorkspace, connected: TestWorkspace): Promise<void> {
  await connectToPlatform(platform.workspaceId, connected.workspaceId);
}
