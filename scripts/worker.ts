// npm run worker: the background worker on its own (webhook deliveries, billing cycle, housekeeping),
// for deployments that run it apart from the web server (then start the server with WORKER=off).
// Any number may run against one database. Stops cleanly on SIGINT or SIGTERM.
import "server-only";
import { prisma } from "../lib/db";
import { runWorker } from "../lib/worker/run-worker";

async function main(): Promise<void> {
  const controller = new AbortController();
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => controller.abort());
  }
  await runWorker({ signal: controller.signal });
}

main()
  .catch((error: unknown) => {
    process.stderr.write(`The worker failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());
