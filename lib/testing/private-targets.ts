// The integration suites run with WEBHOOK_ALLOW_PRIVATE_TARGETS=1 (vitest.config.ts) so that their
// receivers on 127.0.0.1 get deliveries; this runs a piece of a test as a deployment runs, with it unset.
import "server-only";
import { env } from "../env";

export async function withPrivateTargetsRefused<T>(work: () => Promise<T>): Promise<T> {
  const settings = env();
  const previous = settings.webhookAllowPrivateTargets;
  settings.webhookAllowPrivateTargets = false;
  try {
    return await work();
  } finally {
    settings.webhookAllowPrivateTargets = previous;
  }
}
