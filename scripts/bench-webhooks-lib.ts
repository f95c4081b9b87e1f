// npm run bench:webhooks (scripts/bench-webhooks.ts): the lib modules it drives, loaded with import()
// only once the script has set up its environment (lib/env.ts caches process.env on first use and
// lib/db.ts opens its client at import).
import "server-only";

export async function loadBenchLib() {
  const [db, events, worker, endpoints] = await Promise.all([
    import("../lib/db"),
    import("../lib/events/append-event"),
    import("../lib/worker/run-worker"),
    import("../lib/webhooks/create-webhook-endpoint"),
  ]);
  const fixtures = await import("../lib/testing/fixtures");
  return {
    prisma: db.prisma,
    appendEvent: events.appendEvent,
    runWorker: worker.runWorker,
    createWebhookEndpoint: endpoints.createWebhookEndpoint,
    createTestWorkspace: fixtures.createTestWorkspace,
  };
}

export type BenchLib = Awaited<ReturnType<typeof loadBenchLib>>;
