// Which server the e2e suites drive. With PLUGIPAY_BASE_URL (and a test key) they run against any
// running Plugipay, e.g. staging; without it Playwright starts the local e2e server and the kit takes
// keys from the seed command. Tests tagged @local only make sense against the local server.
import { E2E_ORIGIN } from "../e2e-env";

export type E2eKey = { keyId: string; secret: string };

export type E2eTarget = {
  /** Origin the API and the portal answer on. */
  baseUrl: string;
  /** Origin of the portal URLs the server mints (its PORTAL_ORIGIN). */
  portalOrigin: string;
  /** True when PLUGIPAY_BASE_URL names a server the suites did not start. */
  isRemote: boolean;
  /** The remote server's test key; null locally, where the seed makes one per worker. */
  key: E2eKey | null;
};

/** Tag of tests that need the local server: its clock file, its database (seed) or a loopback receiver. */
export const LOCAL_ONLY = "@local";

export function resolveE2eTarget(env: NodeJS.ProcessEnv = process.env): E2eTarget {
  if (!env.PLUGIPAY_BASE_URL) return { baseUrl: E2E_ORIGIN, portalOrigin: E2E_ORIGIN, isRemote: false, key: null };
  const { PLUGIPAY_KEY_ID: keyId, PLUGIPAY_KEY_SECRET: secret } = env;
  if (!keyId?.startsWith("pk_test_") || !secret?.startsWith("sk_test_")) {
    throw new Error("PLUGIPAY_BASE_URL needs a test key: PLUGIPAY_KEY_ID=pk_test_… and PLUGIPAY_KEY_SECRET=sk_test_…");
  }
  const baseUrl = new URL(env.PLUGIPAY_BASE_URL).origin;
  const portalOrigin = env.PLUGIPAY_PORTAL_ORIGIN ? new URL(env.PLUGIPAY_PORTAL_ORIGIN).origin : baseUrl;
  return { baseUrl, portalOrigin, isRemote: true, key: { keyId, secret } };
}
