// npm run bench:portal [-- --no-build]: a benchmark, not a test (issue 11, goals 2 and 3). Builds and
// starts the production server (scripts/serve.mjs) on 127.0.0.1 with its own SQLite database, seeds
// it, then in one run with one Chromium:
//  - click to usable: mint a portal URL through the signed API → open it → the customer's
//    subscription visible, next to loading the static home page (/) until its heading is visible,
//    alternating, each in a fresh browser context (cold cache); medians of BENCH_RUNS (default 15),
//    both as Playwright finds the heading visible and as the browser painted it (Element Timing);
//    BENCH_LATENCY_MS (default 0) delays every request of those runs, as a real network would;
//  - what each document of the portal run painted first (first-contentful-paint), and whether the
//    old "Signing you in…" interstitial ever reached the DOM;
//  - first-load JavaScript per portal page: the same-origin scripts a fresh context loads, fetched
//    again raw with Accept-Encoding br, gzip and identity, summed;
//  - which Content-Encoding the server answers for a page, a static chunk and an API response.
// The report goes to stdout, ending with one line `BENCH_PORTAL_JSON {...}`; progress goes to stderr.
import { randomBytes, randomUUID } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "@playwright/test";
import { signedHeaders } from "../lib/api/signing";
import { assertPortFree, killAllChildren, runStep, startProcess, stopProcess, waitForHealth } from "./bench-lib";
import {
  encodings,
  launchChromium,
  measureJs,
  newRecordingContext,
  scriptUrlsOf,
  timeUntilVisible,
  type DocumentPaint,
  type PageJs,
} from "./bench-portal-browser";
import { report, type Timings } from "./bench-portal-report";

const HOST = "127.0.0.1";
const PORT = Number(process.env.BENCH_PORT || 3300);
const RUNS = Number(process.env.BENCH_RUNS || 15);
// A round trip a real network adds to every request (Chromium's network emulation, both flows alike).
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS || 0);
const DB_FILE = ".test/bench-portal.db";
const ORIGIN = `http://${HOST}:${PORT}`;
const bin = (name: string) => join("node_modules", ".bin", name);
const TOTAL_LIMIT_MS = 25 * 60_000;

const childEnv: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: `file:./${DB_FILE}`,
  APP_SECRET: randomBytes(32).toString("base64url"),
  PORTAL_ORIGIN: ORIGIN,
  RATE_LIMIT_MULTIPLIER: "100000",
  LOG_LEVEL: "warn",
  NEXT_TELEMETRY_DISABLED: "1",
  CHECKPOINT_DISABLE: "1",
  PORT: String(PORT),
  HOST,
};

type Credentials = { keyId: string; secret: string };
type SeedOutput = { workspaces: { keys: { keyId: string; secret: string; scopes: string[] }[]; customers: { id: string; name: string }[] }[] };

function say(message: string): void {
  process.stderr.write(`[bench:portal] ${message}\n`);
}

async function seed(): Promise<{ credentials: Credentials; customerId: string }> {
  mkdirSync(".test", { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(DB_FILE + suffix, { force: true });
  await runStep(bin("prisma"), ["migrate", "deploy"], { env: childEnv, timeoutMs: 120_000 });
  const stdout = await runStep(bin("tsx"), ["--conditions=react-server", "scripts/seed.ts", "--json"], {
    env: childEnv,
    timeoutMs: 120_000,
    captureStdout: true,
  });
  const workspace = (JSON.parse(stdout) as SeedOutput).workspaces[0];
  const key = workspace?.keys.find((candidate) => candidate.scopes.includes("*"));
  // Alan Turing: a Starter subscription, a card and a paid invoice (lib/demo/seed-demo-data.ts).
  const customer = workspace?.customers.find((candidate) => candidate.name === "Alan Turing");
  if (!key || !customer) throw new Error("The seed printed no workspace with a full-access key and Alan Turing");
  return { credentials: { keyId: key.keyId, secret: key.secret }, customerId: customer.id };
}

async function mint(credentials: Credentials, customerId: string): Promise<string> {
  const path = "/v1/portal-sessions";
  const body = JSON.stringify({ customerId, returnUrl: "https://example.com/account" });
  const timestamp = Math.floor(Date.now() / 1000);
  const headers = signedHeaders(credentials, { method: "POST", path, timestamp, body, idempotencyKey: `idem_${randomUUID()}` });
  const response = await fetch(ORIGIN + path, { method: "POST", headers: { ...headers, "Content-Type": "application/json" }, body });
  const envelope = (await response.json()) as { data: { url: string } | null };
  if (response.status !== 201 || !envelope.data) throw new Error(`Minting answered ${response.status}`);
  return envelope.data.url;
}

const SUBSCRIPTION_HEADING = /Starter/;
const HOME_HEADING = /^Plugipay customer portal$/;
const subscriptionHeading = (page: Page) => page.getByRole("heading", { name: SUBSCRIPTION_HEADING });
const homeHeading = (page: Page) => page.getByRole("heading", { level: 1, name: HOME_HEADING });

async function clickToUsable(browser: Browser, credentials: Credentials, customerId: string): Promise<Timings> {
  const timings: Timings = { portalMs: [], homeMs: [], portalPaintMs: [], homePaintMs: [], paints: [], phases: [] };
  const once = async (kind: "portal" | "home", record: boolean) => {
    const paints: DocumentPaint[] = [];
    const context = await newRecordingContext(browser, paints, kind === "portal" ? SUBSCRIPTION_HEADING : HOME_HEADING);
    const page = await context.newPage();
    if (LATENCY_MS > 0) {
      const devtools = await context.newCDPSession(page);
      await devtools.send("Network.emulateNetworkConditions", { offline: false, latency: LATENCY_MS, downloadThroughput: -1, uploadThroughput: -1 });
    }
    const { ms, phases, startedWall } =
      kind === "portal"
        ? await timeUntilVisible(page, () => mint(credentials, customerId), subscriptionHeading)
        : await timeUntilVisible(page, async () => `${ORIGIN}/`, homeHeading);
    // The heading's paint can come after Playwright finds it visible (layout precedes paint): wait for its report.
    for (let waited = 0; waited < 3000 && !paints.some((paint) => paint.targetPainted); waited += 10) await page.waitForTimeout(10);
    await page.waitForTimeout(50);
    await context.close();
    if (!record) return;
    const targetPaint = paints.find((paint) => paint.targetPainted && paint.atEpochMs !== undefined)?.atEpochMs;
    if (targetPaint !== undefined) (kind === "portal" ? timings.portalPaintMs : timings.homePaintMs).push(targetPaint - startedWall);
    if (kind === "portal") {
      timings.portalMs.push(ms);
      const painted = paints.find((paint) => paint.firstContentfulPaint && paint.atEpochMs !== undefined);
      if (painted?.atEpochMs) phases["first contentful paint"] = painted.atEpochMs - startedWall;
      phases["subscription visible (Playwright)"] = ms;
      if (targetPaint !== undefined) phases["subscription painted"] = targetPaint - startedWall;
      timings.phases.push(phases);
      timings.paints.push(paints);
    } else timings.homeMs.push(ms);
  };
  say("warm-up");
  for (let i = 0; i < 2; i++) for (const kind of ["home", "portal"] as const) await once(kind, false);
  for (let i = 0; i < RUNS; i++) {
    say(`click to usable, run ${i + 1}/${RUNS}`);
    // Alternate which goes first, so drift in the machine's load falls on both alike.
    for (const kind of i % 2 === 0 ? (["home", "portal"] as const) : (["portal", "home"] as const)) await once(kind, true);
  }
  return timings;
}

async function firstLoadJs(browser: Browser, credentials: Credentials, customerId: string): Promise<PageJs[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const url = await mint(credentials, customerId);
  await page.goto(url);
  await subscriptionHeading(page).waitFor({ state: "visible", timeout: 20_000 });
  const base = new URL(url).pathname;
  const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  await page.goto(`${ORIGIN}${base}/payment-methods`);
  const cardHrefs = await page.locator("a[href]").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  const find = (pattern: RegExp) => [...hrefs, ...cardHrefs].find((href) => pattern.test(href));
  const subscription = find(/\/subscriptions\/[^/]+$/);
  const invoice = find(/\/invoices\/[^/]+$/);
  const removeCard = find(/\/payment-methods\/[^/]+\/remove$/);
  const pages = [
    base,
    `${base}/invoices`,
    invoice,
    subscription,
    subscription && `${subscription}/cancel`,
    subscription && `${subscription}/change`,
    `${base}/payment-methods`,
    `${base}/payment-methods/new`,
    `${base}/billing-details`,
    removeCard,
  ].filter((path): path is string => Boolean(path));
  const results: PageJs[] = [];
  for (const path of pages) results.push(await measureJs(context, ORIGIN, path));
  await context.close();
  // The front door a browser without the cookie gets (what the link's first document loads).
  const stranger = await browser.newContext();
  results.push({ ...(await measureJs(stranger, ORIGIN, base)), page: `${base} (front door, no cookie)` });
  await stranger.close();
  return results;
}

async function main(): Promise<void> {
  if (!Number.isInteger(PORT) || PORT < 1 || PORT > 65535) throw new Error("BENCH_PORT must be a port number");
  if (!(Number.isInteger(RUNS) && RUNS > 0 && RUNS <= 200)) throw new Error("BENCH_RUNS must be between 1 and 200");
  if (!(Number.isInteger(LATENCY_MS) && LATENCY_MS >= 0 && LATENCY_MS <= 1000)) throw new Error("BENCH_LATENCY_MS must be between 0 and 1000");
  await assertPortFree(HOST, PORT);
  if (!process.argv.includes("--no-build")) {
    say("next build");
    await runStep(bin("next"), ["build"], { env: childEnv, timeoutMs: 10 * 60_000 });
  }
  say("migrating and seeding");
  const { credentials, customerId } = await seed();
  say(`scripts/serve.mjs on ${ORIGIN}`);
  const server = startProcess(process.execPath, ["scripts/serve.mjs", "-H", HOST, "-p", String(PORT)], childEnv);
  let browser: Browser | undefined;
  try {
    await waitForHealth(`${ORIGIN}/healthz`, server, 60_000);
    browser = await launchChromium();
    const timings = await clickToUsable(browser, credentials, customerId);
    say("first-load JavaScript");
    const js = await firstLoadJs(browser, credentials, customerId);
    const chunkPage = await browser.newPage();
    const { scripts } = await scriptUrlsOf(chunkPage, `${ORIGIN}/`, ORIGIN);
    await chunkPage.close();
    const encodingRows = await encodings(ORIGIN, () => mint(credentials, customerId), scripts[0]);
    report({ runs: RUNS, origin: ORIGIN, latencyMs: LATENCY_MS }, timings, js, encodingRows);
  } finally {
    await browser?.close();
    await stopProcess(server);
  }
}

function installGuards(): void {
  process.on("exit", () => killAllChildren("SIGKILL"));
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      say(`${signal}: stopping`);
      killAllChildren("SIGKILL");
      process.exit(130);
    });
  }
  setTimeout(() => {
    say(`the run exceeded ${Math.round(TOTAL_LIMIT_MS / 1000)} s: stopping`);
    killAllChildren("SIGKILL");
    process.exit(1);
  }, TOTAL_LIMIT_MS).unref();
}

installGuards();
main().catch((error: unknown) => {
  say(`failed: ${error instanceof Error ? error.message : String(error)}`);
  killAllChildren("SIGKILL");
  process.exitCode = 1;
});
