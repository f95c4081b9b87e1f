// The environment shared by the Playwright server and the commands the tests run against it.
export const E2E_PORT = 3100;
export const E2E_ORIGIN = `http://127.0.0.1:${E2E_PORT}`;

export const E2E_ENV: Record<string, string> = {
  PORT: String(E2E_PORT),
  DATABASE_URL: "file:./.test/e2e.db",
  APP_SECRET: "e2e-app-secret-0123456789abcdefghijklmnopqrstuvwxyz",
  PORTAL_ORIGIN: E2E_ORIGIN,
  LOG_LEVEL: "warn",
  NEXT_TELEMETRY_DISABLED: "1",
  CHECKPOINT_DISABLE: "1",
  TEST_CLOCK_FILE: ".test/e2e-clock",
};
