// Who a request acts for: one workspace in one mode. Every tenant-owned query filters by both.
export type Mode = "test" | "live";

export type Tenant = {
  workspaceId: string;
  accountId: string;
  mode: Mode;
};

export function tenantWhere(tenant: Tenant): { workspaceId: string; mode: Mode } {
  return { workspaceId: tenant.workspaceId, mode: tenant.mode };
}

export function arn(accountId: string, resourceType: string, id: string): string {
  return `arn:plugipay:${accountId}:${resourceType}/${id}`;
}
