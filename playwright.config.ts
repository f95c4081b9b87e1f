import { defineConfig } from "@playwright/test";
import { E2E_ENV, E2E_PORT } from "./e2e/e2e-env";
import { E2E_SMTP_ENV } from "./e2e/e2e-smtp";
import { LOCAL_ONLY, resolveE2eTarget } from "./e2e/kit/resolve-e2e-target";

// PLUGIPAY_BASE_URL (+ PLUGIPAY_KEY_ID / PLUGIPAY_KEY_SECRET) runs the suites against that server;
// otherwise Playwright starts the local e2e server. See the README's QA kit section.
const target = resolveE2eTarget();

export default defineConfig({
  testDir: "./e2e",
  timeout: 30_000,
  // One worker. Against a remote server every test shares the key's workspace, whose portal toggles
  // are workspace-wide (e2e/portal-toggles.spec.ts). Locally each worker gets its own seeded
  // workspace, but the server has one clock (TEST_CLOCK_FILE) that @local tests move: with two
  // workers one test's moved clock broke the other's (429s, a reset mid-retry), and the run was no
  // faster on two cores (168 s against 163 s).
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  reporter: [["list"]],
  // Tests tagged @local need the local server (its clock file, its database, a loopback receiver).
  grepInvert: target.isRemote ? new RegExp(LOCAL_ONLY) : undefined,
  use: {
    baseURL: target.baseUrl,
    browserName: "chromium",
    headless: true,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "api", testMatch: ["merchant-api.spec.ts", "api-doors.spec.ts", "sdk.spec.ts", "webhooks.spec.ts", "invoice-email.spec.ts", "seed.spec.ts"] },
    { name: "portal", testMatch: ["portal-*.spec.ts", "home.spec.ts", "quick-start.spec.ts"] },
  ],
  webServer: target.isRemote
    ? undefined
    : {
        command: "bash scripts/e2e-server.sh",
        url: `http://127.0.0.1:${E2E_PORT}/healthz`,
        reuseExistingServer: false,
        timeout: 90_000,
        // The worker sends invoice emails to the SMTP server e2e/invoice-email.spec.ts starts.
        env: { ...E2E_ENV, ...E2E_SMTP_ENV },
        stdout: "ignore",
        stderr: "pipe",
      },
});
