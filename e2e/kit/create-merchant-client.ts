// The merchant SDK (lib/sdk) pointed at the e2e target and signing with the server's clock, as a
// merchant's synced clock would.
import { PlugipayClient } from "../../lib/sdk";
import type { E2eKey } from "./resolve-e2e-target";
import { resolveE2eTarget } from "./resolve-e2e-target";
import { serverClock } from "./server-clock";

export function createMerchantClient(key: E2eKey, pathPrefix?: "/api/v1" | "/v1"): PlugipayClient {
  return new PlugipayClient({
    keyId: key.keyId,
    secret: key.secret,
    baseUrl: `${resolveE2eTarget().baseUrl}/`,
    pathPrefix,
    timeoutMs: 10_000,
    now: serverClock.nowMs,
  });
}
