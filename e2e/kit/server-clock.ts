// The local e2e server's clock can be moved forward through the file named by TEST_CLOCK_FILE, so
// expiry is tested without waiting (docs/api.md §7). A remote server's clock cannot be moved: there
// the offset is 0 and advancing refuses, so a test that needs it must be tagged @local.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { E2E_ENV } from "../e2e-env";
import { resolveE2eTarget } from "./resolve-e2e-target";

const clockFile = E2E_ENV.TEST_CLOCK_FILE as string;
const isRemote = resolveE2eTarget().isRemote;

function offsetMs(): number {
  if (isRemote) return 0;
  try {
    return Number(readFileSync(clockFile, "utf8")) || 0;
  } catch {
    return 0;
  }
}

export const serverClock = {
  offsetMs,
  /** The server's now in epoch milliseconds, for signing requests and verifying webhooks. */
  nowMs: (): number => Date.now() + offsetMs(),
  /**
   * Moves the server's clock forward. The workspace's rate-limit buckets never move back in time
   * (docs/decisions/0004-rate-limits-in-the-database.md), so an API request made while the clock is
   * ahead would starve the requests of the tests after it: reset() before calling the API again.
   */
  advance(ms: number): void {
    if (isRemote) throw new Error("Only the local e2e server's clock can be moved: tag this test @local");
    writeFileSync(clockFile, String(offsetMs() + ms));
  },
  reset(): void {
    if (!isRemote) rmSync(clockFile, { force: true });
  },
};
