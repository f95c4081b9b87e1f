import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));
const TEST_SECRET = "test-app-secret-0123456789abcdefghijklmnopqrstuvwxyz";

export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts"],
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
          },
          testTimeout: 20_000,
        },
      },
    ],
  },
});
