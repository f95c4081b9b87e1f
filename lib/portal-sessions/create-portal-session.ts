import { prisma } from "../db";
import { now } from "../clock";
import { newId } from "../ids";
import { notFound } from "../errors";
import { arn, tenantWhere, type Tenant } from "../tenancy";
import { capabilitiesOf, getPortalSettings } from "../settings/portal-settings";
import { hashPortalToken, signPortalToken } from "../portal/portal-token";
import { portalOrigin } from "./portal-origin";
import {
  PORTAL_SESSION_TTL_MS,
  PortalSessionResource,
  type CreatePortalSessionInput,
  type PortalSessionResourceShape,
} from "./portal-session-schemas";

/**
 * Mints a portal session for a customer of the tenant: a fresh signed token whose hash is stored,
 * expiring 15 minutes after creation. The workspace's portal capabilities are captured now, so
 * later settings changes apply to sessions minted afterwards.
 */
export async function createPortalSession(
  tenant: Tenant,
  input: CreatePortalSessionInput,
): Promise<PortalSessionResourceShape> {
  const customer = await prisma.customer.findFirst({
    where: { id: input.customerId, ...tenantWhere(tenant) },
    select: { id: true },
  });
  if (!customer) throw notFound("customer", input.customerId);
  const settings = await getPortalSettings(tenant.workspaceId);
  const id = newId("portalSession");
  const createdAt = new Date(Math.floor(now().getTime()));
  const expiresAt = new Date(createdAt.getTime() + PORTAL_SESSION_TTL_MS);
  const token = await signPortalToken({ portalSessionId: id, issuedAt: createdAt, expiresAt });
  await prisma.portalSession.create({
    data: {
      id,
      ...tenantWhere(tenant),
      customerId: customer.id,
      tokenHash: hashPortalToken(token),
      returnUrl: input.returnUrl,
      capabilities: JSON.stringify(capabilitiesOf(settings)),
      expiresAt,
      createdAt,
    },
  });
  return PortalSessionResource.parse({
    id,
    arn: arn(tenant.accountId, "portal-session", id),
    accountId: tenant.accountId,
    customerId: customer.id,
    url: `${portalOrigin(settings)}/portal/${id}#t=${token}`,
    returnUrl: input.returnUrl,
    expiresAt: expiresAt.toISOString(),
    createdAt: createdAt.toISOString(),
  });
}
