import "server-only";
import { prisma } from "../db";
import { AppError, notFound } from "../errors";

/**
 * The workspace a call runs as. Without X-Plugipay-On-Behalf-Of it is the key's own; with it, only
 * a platform's key may act, and only for an account connected to that platform.
 */
export async function resolveActingWorkspace(
  keyWorkspace: { id: string; accountId: string; isPlatform: boolean },
  onBehalfOf: string | null,
): Promise<{ workspaceId: string; accountId: string }> {
  if (onBehalfOf === null || onBehalfOf === keyWorkspace.accountId) {
    if (onBehalfOf !== null && !keyWorkspace.isPlatform) throw onBehalfOfRefused();
    return { workspaceId: keyWorkspace.id, accountId: keyWorkspace.accountId };
  }
  if (!keyWorkspace.isPlatform) throw onBehalfOfRefused();
  const connection = await prisma.platformConnection.findFirst({
    where: { platformWorkspaceId: keyWorkspace.id, connected: { accountId: onBehalfOf } },
    select: { connected: { select: { id: true, accountId: true } } },
  });
  if (!connection) throw notFound("account", onBehalfOf);
  return { workspaceId: connection.connected.id, accountId: connection.connected.accountId };
}

function onBehalfOfRefused(): AppError {
  return new AppError("insufficient_scope", "Only a platform key may send X-Plugipay-On-Behalf-Of");
}
