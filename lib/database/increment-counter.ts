// Test support: a read-then-write transaction on a scratch `counter` table, the shape of transaction
// that fails with SQLITE_BUSY under a deferred BEGIN while another process writes.
import type { PrismaClient } from "../generated/prisma/client";

export async function incrementCounter(client: PrismaClient): Promise<void> {
  await client.$transaction(async (tx) => {
    const rows = await tx.$queryRawUnsafe<{ value: bigint | number }[]>("SELECT value FROM counter WHERE id = 1");
    await new Promise((resolve) => setTimeout(resolve, 10));
    await tx.$executeRawUnsafe("UPDATE counter SET value = ? WHERE id = 1", Number(rows[0]?.value) + 1);
  });
}
