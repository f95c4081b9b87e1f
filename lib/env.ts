// The one reader of process.env. Every setting has a safe development default, and production
// refuses to run without a real APP_SECRET (see docs/decisions/0003-secrets.md).
import "server-only";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { dirname } from "node:path";
import { z } from "zod";

export const DEFAULT_DATABASE_URL = "file:./data/plugipay.db";
export const DEFAULT_APP_SECRET_FILE = "./data/app-secret";
const MINIMUM_SECRET_LENGTH = 32;

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().min(1).default(DEFAULT_DATABASE_URL),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).optional(),
  PORTAL_ORIGIN: z.url({ protocol: /^https?$/ }).optional(),
  APP_SECRET: z.string().min(MINIMUM_SECRET_LENGTH, "APP_SECRET must be at least 32 characters").optional(),
  APP_SECRET_FILE: z.string().min(1).default(DEFAULT_APP_SECRET_FILE),
  RATE_LIMIT_MULTIPLIER: z.coerce.number().positive().finite().default(1),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  TEST_CLOCK_FILE: z.string().min(1).optional(),
  WORKER: z.enum(["on", "off"]).default("on"),
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  WEBHOOK_ALLOW_PRIVATE_TARGETS: z.enum(["0", "1"]).default("0"),
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: "SMTP_URL must be an smtp:// or smtps:// URL" }).optional(),
  SMTP_FROM: z.string().min(3).max(320).optional(),
});

export type Env = {
  nodeEnv: "development" | "production" | "test";
  isProduction: boolean;
  databaseUrl: string;
  isPostgres: boolean;
  port: number;
  /** Interface `npm start` binds; unset means Next's default (all interfaces). */
  host: string | undefined;
  portalOrigin: string;
  appSecretFile: string;
  appSecretFromEnvironment: string | undefined;
  rateLimitMultiplier: number;
  logLevel: "debug" | "info" | "warn" | "error" | "silent";
  /** End-to-end tests only: a file holding milliseconds by which the server's clock runs ahead. */
  testClockFile: string | undefined;
  /** Whether `npm start` runs the background worker in its own process; "off" when it runs elsewhere (`npm run worker`). */
  worker: "on" | "off";
  /** How many proxies in front append to X-Forwarded-For; the client address is read that many entries from the right (lib/http/client-address.ts). */
  trustedProxyHops: number;
  /** Webhooks may reach loopback and private addresses (local receivers in development and the e2e suite); never in a deployment (lib/webhooks/webhook-target-guard.ts). */
  webhookAllowPrivateTargets: boolean;
  /** Where invoice emails go out (smtp://user:pass@host:port or smtps://…); unset, they wait in the outbox (lib/mail). Never logged. */
  smtpUrl: string | undefined;
  /** The From of invoice emails; default `Plugipay <no-reply@<portal host>>`. */
  smtpFrom: string;
};

let cached: Env | undefined;
let cachedSecret: string | undefined;

/**
 * The master secret every derived key comes from. Resolved on first use, not at import, so that a
 * build (which imports server modules) needs no secret.
 */
export function appSecret(): string {
  const settings = env();
  cachedSecret ??= settings.appSecretFromEnvironment ?? readSecretFile(settings.appSecretFile, { mayCreate: !settings.isProduction });
  return cachedSecret;
}

export function env(): Env {
  cached ??= loadEnv(process.env);
  return cached;
}

export function loadEnv(source: Record<string, string | undefined>): Env {
  const parsed = EnvSchema.safeParse(stripEmpty(source));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid environment: ${issue?.path.join(".")}: ${issue?.message}`);
  }
  const values = parsed.data;
  const isProduction = values.NODE_ENV === "production";
  const portalOrigin = (values.PORTAL_ORIGIN ?? `http://localhost:${values.PORT}`).replace(/\/+$/, "");
  return {
    nodeEnv: values.NODE_ENV,
    isProduction,
    databaseUrl: values.DATABASE_URL,
    isPostgres: /^postgres(ql)?:/.test(values.DATABASE_URL),
    port: values.PORT,
    host: values.HOST,
    portalOrigin,
    appSecretFile: values.APP_SECRET_FILE,
    appSecretFromEnvironment: values.APP_SECRET,
    rateLimitMultiplier: values.RATE_LIMIT_MULTIPLIER,
    logLevel: values.LOG_LEVEL,
    testClockFile: values.TEST_CLOCK_FILE,
    worker: values.WORKER,
    trustedProxyHops: values.TRUSTED_PROXY_HOPS,
    webhookAllowPrivateTargets: values.WEBHOOK_ALLOW_PRIVATE_TARGETS === "1",
    smtpUrl: values.SMTP_URL,
    smtpFrom: values.SMTP_FROM ?? `Plugipay <no-reply@${new URL(portalOrigin).hostname}>`,
  };
}

/**
 * Reads the installation's secret file. Outside production a missing file is created with a fresh
 * random secret, so a fresh checkout needs no configuration and the seed script, the server and the
 * tests all agree on one secret. Production never invents one.
 */
export function readSecretFile(path: string, options: { mayCreate: boolean }): string {
  if (!existsSync(path)) {
    if (!options.mayCreate) {
      throw new Error(`APP_SECRET is not set and ${path} does not exist: refusing to start in production without a real secret`);
    }
    createSecretFile(path);
  }
  const secret = readFileSync(path, "utf8").trim();
  if (secret.length < MINIMUM_SECRET_LENGTH) throw new Error(`${path} holds a secret shorter than 32 characters`);
  return secret;
}

export function createSecretFile(path: string): void {
  if (existsSync(path)) return;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, randomBytes(32).toString("base64url") + "\n", { mode: 0o600, flag: "wx" });
  chmodSync(path, 0o600);
}

function stripEmpty(source: Record<string, string | undefined>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(source)) if (value !== undefined && value !== "") result[key] = value;
  return result;
}
