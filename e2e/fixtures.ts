// Playwright fixtures for merchants' QA teams: seed demo data with the real command and call the
// real API over HTTP, signed as the official SDKs sign.
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";
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
    ...signedHeaders(call.key, { method, path: call.path, timestamp: serverNowSeconds(), body, idempotencyKey }),
  };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (call.onBehalfOf) headers["X-Plugipay-On-Behalf-Of"] = call.onBehalfOf;
  const response = await request.fetch(call.path, { method, headers, data: body });
  return { status: response.status(), headers: response.headers(), json: (await response.json()) as { data: any; error: any; meta: any } };
}

// The server's clock can be moved forward (TEST_CLOCK_FILE) so expiry is tested without waiting.
const clockFile = E2E_ENV.TEST_CLOCK_FILE as string;

export function serverClockOffsetMs(): number {
  try {
    return Number(readFileSync(clockFile, "utf8")) || 0;
  } catch {
    return 0;
  }
}

export function advanceServerClock(ms: number): void {
  writeFileSync(clockFile, String(serverClockOffsetMs() + ms));
}

export function resetServerClock(): void {
  rmSync(clockFile, { force: true });
}

export function serverNowSeconds(): number {
  return Math.floor((Date.now() + serverClockOffsetMs()) / 1000);
}

export const RETURN_URL = "https://app.acme.com/account";

/** Mints a portal session for a customer through the real API. */
export async function mintPortalUrl(request: APIRequestContext, workspace: SeededWorkspace, customerId: string): Promise<string> {
  const result = await signedCall(request, {
    key: workspace.keys.find((key) => key.scopes.includes("*"))!,
    path: "/v1/portal-sessions",
    body: { customerId, returnUrl: RETURN_URL },
  });
  expect(result.status).toBe(201);
  return result.json.data.url as string;
}

/** Mints a session and opens it in the page, waiting until the portal has signed the browser in. */
export async function openPortal(page: Page, request: APIRequestContext, workspace: SeededWorkspace, customerId: string): Promise<string> {
  const url = await mintPortalUrl(request, workspace, customerId);
  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1, name: "Billing", exact: true })).toBeVisible();
  return url;
}

/** Follows a link of the portal's main navigation ("Overview", "Payment methods", "Invoices"). */
export async function navigateTo(page: Page, section: "Overview" | "Payment methods" | "Invoices"): Promise<void> {
  await page.getByRole("navigation", { name: "Billing" }).getByRole("link", { name: section, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(section === "Overview" ? "Billing" : section);
}

type PortalFixtures = {
  seed: Seed;
  acme: SeededWorkspace;
  /** Opens the portal as one of workspace A's customers: 0 Ada (subscribed), 1 Grace (nothing), 2 Alan (cancelling). */
  portalAs: (customerIndex: number) => Promise<string>;
};

export const test = base.extend<PortalFixtures>({
  // eslint-disable-next-line no-empty-pattern
  seed: async ({}, use) => {
    resetServerClock();
    await use(runSeed());
    resetServerClock();
  },
  acme: async ({ seed }, use) => {
    await use(seed.workspaces[0]!);
  },
  portalAs: async ({ page, request, acme }, use) => {
    await use((customerIndex) => openPortal(page, request, acme, acme.customers[customerIndex]!.id));
  },
});

export { expect };
