import { fileURLToPath } from "node:url";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));
const TEST_SECRET = "test-app-secret-0123456789abcdefghijklmnopqrstuvwxyz";

// Two app instances and two workers on one PostgreSQL, over the production build: a step of its own
// in npm test, after `next build` (scripts/test-instances.sh sets PLUGIPAY_INSTANCES_TEST), never
// part of a plain `vitest run`.
const INSTANCES_PROJECT: TestProjectInlineConfiguration = {
  extends: true,
  test: {
    name: "instances",
    include: ["scripts/instances/**/*.test.ts"],
    env: { NODE_ENV: "test", LOG_LEVEL: "silent" },
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
};

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // Tests run outside React's server layer; modules marked `import "server-only"` are still server code.
      "server-only": fileURLToPath(new URL("./node_modules/server-only/empty.js", import.meta.url)),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "tools/lint/rules/**/*.test.mjs"],
          exclude: ["lib/**/*.integration.test.ts", "node_modules/**"],
          env: { APP_SECRET: TEST_SECRET, NODE_ENV: "test", LOG_LEVEL: "silent" },
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["lib/**/*.integration.test.ts"],
          globalSetup: ["lib/testing/integration-global-setup.ts"],
          setupFiles: ["lib/testing/integration-setup.ts"],
          env: {
            APP_SECRET: TEST_SECRET,
            NODE_ENV: "test",
            LOG_LEVEL: "silent",
            PORTAL_ORIGIN: "https://portal.test",
            // The delivery tests' receivers listen on 127.0.0.1; the target guard is tested with it off
            // (lib/webhooks/webhook-target-guard.test.ts, lib/webhooks/deliver-request.test.ts).
            WEBHOOK_ALLOW_PRIVATE_TARGETS: "1",
          },
          testTimeout: 20_000,
        },
      },
      ...(process.env.PLUGIPAY_INSTANCES_TEST === "1" ? [INSTANCES_PROJECT] : []),
    ],
  },
});
