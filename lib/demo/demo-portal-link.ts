// What `npm start` and `npm run demo:url` print: a fresh portal URL for the demo customer of the
// newest demo workspace, and that workspace's full-access test key.
import "server-only";
import { prisma } from "../db";
import { openSecret } from "../crypto/secret-box";
import { createPortalSession } from "../portal-sessions/create-portal-session";
import { DEMO_WORKSPACE_A_NAME } from "./seed-demo-data";
import type { DemoLink } from "./startup-banner";

export const DEMO_RETURN_URL = "https://example.com/account";

export async function hasDemoData(): Promise<boolean> {
  return (await prisma.workspace.count({ where: { name: DEMO_WORKSPACE_A_NAME } })) > 0;
}

export async function mintDemoPortalLink(): Promise<DemoLink> {
  const workspace = await prisma.workspace.findFirstOrThrow({
    where: { name: DEMO_WORKSPACE_A_NAME },
    orderBy: { createdAt: "desc" },
  });
  const customer = await prisma.customer.findFirstOrThrow({
    where: { workspaceId: workspace.id, mode: "test", email: "ada@example.com" },
  });
  const key = await prisma.apiKey.findFirstOrThrow({
    where: { workspaceId: workspace.id, mode: "test", scopes: JSON.stringify(["*"]), revokedAt: null },
    orderBy: { createdAt: "asc" },
  });
  const session = await createPortalSession(
    { workspaceId: workspace.id, accountId: workspace.accountId, mode: "test" },
    { customerId: customer.id, returnUrl: DEMO_RETURN_URL },
  );
  return {
    url: session.url,
    expiresAt: session.expiresAt,
    customerName: customer.name ?? customer.id,
    keyId: key.keyId,
    secret: openSecret(key.secretCiphertext),
  };
}
