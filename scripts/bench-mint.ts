// What scripts/bench.ts and scripts/bench-profile.ts share: the child environment, a fresh SQLite
// database, the seed's first key and customer, and the signed mint as the SDKs send it.
import { randomBytes, randomUUID } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { signedHeaders } from "../lib/api/signing";
import { runStep, type Target } from "./bench-lib";

export type Credentials = { keyId: string; secret: string };

type SeedOutput = {
  portalOrigin: string;
  workspaces: { name: string; keys: { keyId: string; secret: string; scopes: string[] }[]; customers: { id: string }[] }[];
};

export const bin = (name: string): string => join("node_modules", ".bin", name);

export function say(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

/** The server's environment: its own database and secret, limits out of the way, quiet logs. */
export function benchEnvironment(options: { host: string; port: number; databaseUrl: string }): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: options.databaseUrl,
    APP_SECRET: randomBytes(32).toString("base64url"),
    RATE_LIMIT_MULTIPLIER: "100000",
    LOG_LEVEL: "warn",
    NEXT_TELEMETRY_DISABLED: "1",
    CHECKPOINT_DISABLE: "1",
    PORT: String(options.port),
    HOST: options.host,
  };
}

export function resetSqliteDatabase(file: string): void {
  mkdirSync(".test", { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
}

export async function migrateAndSeed(env: NodeJS.ProcessEnv): Promise<{ credentials: Credentials; customerId: string }> {
  say("prisma migrate deploy");
  await runStep(bin("prisma"), ["migrate", "deploy"], { env, timeoutMs: 120_000 });
  say("seeding");
  const stdout = await runStep(bin("tsx"), ["--conditions=react-server", "scripts/seed.ts", "--json"], { env, timeoutMs: 120_000, captureStdout: true });
  const data = JSON.parse(stdout) as SeedOutput;
  const workspace = data.workspaces[0];
  const key = workspace?.keys[0];
  const customer = workspace?.customers[0];
  if (!key || !customer) throw new Error("The seed printed no workspace with a key and a customer");
  return { credentials: { keyId: key.keyId, secret: key.secret }, customerId: customer.id };
}

/** Signed `POST /v1/portal-sessions`; with `idempotent`, a fresh Idempotency-Key each call, as the SDKs send. */
export function mintTarget(options: { name: string; origin: string; credentials: Credentials; customerId: string; idempotent: boolean }): Target {
  const path = "/v1/portal-sessions";
  const body = JSON.stringify({ customerId: options.customerId, returnUrl: "https://example.com/account" });
  return {
    name: options.name,
    expectedStatus: 201,
    send: (signal) => {
      const timestamp = Math.floor(Date.now() / 1000);
      const idempotencyKey = options.idempotent ? `idem_${randomUUID()}` : undefined;
      const headers = signedHeaders(options.credentials, { method: "POST", path, timestamp, body, idempotencyKey });
      return fetch(options.origin + path, { method: "POST", headers: { ...headers, "Content-Type": "application/json" }, body, signal });
    },
  };
}

export function getTarget(origin: string, path: string, name = `GET ${path}`): Target {
  return { name, expectedStatus: 200, send: (signal) => fetch(origin + path, { signal }) };
}
