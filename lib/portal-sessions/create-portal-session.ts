import "server-only";
import { Prisma } from "../generated/prisma/client";
import { executeStatement, queryRows } from "../database/direct-statements";
import { now } from "../clock";
import { newId } from "../ids";
import { notFound } from "../errors";
import { arn, type Tenant } from "../tenancy";
import { capabilitiesOf, getPortalSettings } from "../settings/portal-settings";
import { hashPortalToken, signPortalToken } from "../portal/portal-token";
import { portalOrigin } from "./portal-origin";
import { PORTAL_SESSION_TTL_MS, type CreatePortalSessionInput, type PortalSessionResource } from "./portal-session-schemas";

/**
 * Mints a portal session for a customer of the tenant: a fresh signed token whose hash is stored,
 * expiring 15 minutes after creation. The workspace's portal capabilities are captured now, so
 * later settings changes apply to sessions minted afterwards.
 */
export async function createPortalSession(tenant: Tenant, input: CreatePortalSessionInput): Promise<PortalSessionResource> {
  // The hot path of the API (docs/decisions/0014-mint-performance.md): plain statements, no query planning.
  const [customer] = await queryRows<{ id: string }>(Prisma.sql`
    SELECT "id" FROM "Customer"
    WHERE "id" = ${input.customerId} AND "workspaceId" = ${tenant.workspaceId} AND "mode" = ${tenant.mode} AND "deletedAt" IS NULL`);
  if (!customer) throw notFound("customer", input.customerId);
  const settings = await getPortalSettings(tenant.workspaceId);
  const id = newId("portalSession");
  const createdAt = new Date(Math.floor(now().getTime()));
  const expiresAt = new Date(createdAt.getTime() + PORTAL_SESSION_TTL_MS);
  const token = await signPortalToken({ portalSessionId: id, issuedAt: createdAt, expiresAt });
  await executeStatement(Prisma.sql`
    INSERT INTO "PortalSession" ("id", "workspaceId", "mode", "customerId", "tokenHash", "returnUrl", "capabilities", "expiresAt", "createdAt")
    VALUES (${id}, ${tenant.workspaceId}, ${tenant.mode}, ${customer.id}, ${hashPortalToken(token)}, ${input.returnUrl},
            ${JSON.stringify(capabilitiesOf(settings))}, ${expiresAt}, ${createdAt})`);
  return {
    id,
    arn: arn(tenant.accountId, "portal-session", id),
    accountId: tenant.accountId,
    customerId: customer.id,
    url: `${portalOrigin(settings)}/portal/${id}#t=${token}`,
    returnUrl: input.returnUrl,
    expiresAt: expiresAt.toISOString(),
    createdAt: createdAt.toISOString(),
  };
}
