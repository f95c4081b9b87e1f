import "server-only";
import { prisma } from "../db";

/** True when the database answers. */
export async function isDatabaseReachable(): Promise<boolean> {
  try {
    await prisma.workspace.count({ take: 1 });
    return true;
  } catch {
    return false;
  }
}
