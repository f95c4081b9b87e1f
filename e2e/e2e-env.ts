// The environment shared by the Playwright server and the commands the tests run against it.
/** 3100 unless E2E_PORT names another, so two checkouts can run the suite side by side. */
export const E2E_PORT = Number(process.env.E2E_PORT || 3100);
export const E2E_ORIGIN = `http://127.0.0.1:${E2E_PORT}`;

export const E2E_ENV: Record<string, string> = {
  PORT: String(E2E_PORT),
  // SQLite by default; npm test's second pass sets E2E_DATABASE_URL to a fresh PostgreSQL database
  // (scripts/test.sh), which scripts/e2e-server.sh migrates with the PostgreSQL migrations.
  DATABASE_URL: process.env.E2E_DATABASE_URL || "file:./.test/e2e.db",
  APP_SECRET: "e2e-app-secret-0123456789abcdefghijklmnopqrstuvwxyz",
  PORTAL_ORIGIN: E2E_ORIGIN,
  // Every request line is written, so the log audit after the run (scripts/audit-logs.ts) sees them all.
  LOG_LEVEL: "debug",
  NEXT_TELEMETRY_DISABLED: "1",
  CHECKPOINT_DISABLE: "1",
  TEST_CLOCK_FILE: ".test/e2e-clock",
  // The suite plays the load balancer: the X-Forwarded-For it sends is the client address limits count against.
  TRUSTED_PROXY_HOPS: "1",
  // The webhook specs' receivers listen on loopback (README "Webhooks to a local receiver").
  WEBHOOK_ALLOW_PRIVATE_TARGETS: "1",
};
