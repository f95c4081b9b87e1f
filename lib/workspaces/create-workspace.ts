import "server-only";
import { prisma } from "../db";
import { newId } from "../ids";

export async function createWorkspace(input: { name: string; isPlatform?: boolean }) {
  return prisma.workspace.create({
    data: { id: newId("workspace"), accountId: newId("account"), name: input.name, isPlatform: input.isPlatform ?? false },
  });
}

export async function connectToPlatform(platformWorkspaceId: string, connectedWorkspaceId: string): Promise<void> {
  await prisma.platformConnection.create({
    data: { id: newId("platformConnection"), platformWorkspaceId, connectedWorkspaceId },
  });
}
