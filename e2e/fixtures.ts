// Playwright fixtures for merchants' QA teams: seed demo data with the real command and call the
// real API over HTTP, signed as the official SDKs sign.
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { test as base, type APIRequestContext } from "@playwright/test";
import { signedHeaders } from "../lib/api/signing";
import { E2E_ENV } from "./e2e-env";

export type SeededKey = { keyId: string; secret: string; scopes: string[] };
export type SeededWorkspace = {
  name: string;
  accountId: string;
  workspaceId: string;
  platform: boolean;
  keys: SeededKey[];
  customers: { id: string; name: string; email: string }[];
};
export type Seed = { portalOrigin: string; workspaces: SeededWorkspace[] };

/** Runs `npm run db:seed -- --json` against the e2e database and parses its one JSON document. */
export function runSeed(): Seed {
  const stdout = execFileSync("npm", ["run", "--silent", "db:seed", "--", "--json"], {
    env: { ...process.env, ...E2E_ENV },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  return JSON.parse(stdout) as Seed;
}

export type SignedCall = {
  key: { keyId: string; secret: string };
  method?: "GET" | "POST" | "PATCH" | "DELETE";
  path: string;
  body?: unknown;
  onBehalfOf?: string;
  idempotencyKey?: string | null;
};

/** A signed API call over HTTP; an Idempotency-Key is generated like the SDKs do unless null. */
export async function signedCall(request: APIRequestContext, call: SignedCall) {
  const method = call.method ?? (call.body === undefined ? "GET" : "POST");
  const body = call.body === undefined ? undefined : JSON.stringify(call.body);
  const idempotencyKey = call.idempotencyKey === null || method === "GET" ? undefined : (call.idempotencyKey ?? `idem_${randomUUID()}`);
  const headers: Record<string, string> = {
    Accept: "application/json",
    ...signedHeaders(call.key, { method, path: call.path, timestamp: Math.floor(Date.now() / 1000), body, idempotencyKey }),
  };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (call.onBehalfOf) headers["X-Plugipay-On-Behalf-Of"] = call.onBehalfOf;
  const response = await request.fetch(call.path, { method, headers, data: body });
  return { status: response.status(), headers: response.headers(), json: (await response.json()) as { data: any; error: any; meta: any } };
}

export const test = base.extend<{ seed: Seed }>({
  // eslint-disable-next-line no-empty-pattern
  seed: async ({}, use) => {
    await use(runSeed());
  },
});

export { expect } from "@playwright/test";
