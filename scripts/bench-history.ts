// npm run bench:history [-- --no-build]: a benchmark, not a test. Is the portal flat in history? The
// production server (its own SQLite database, or BENCH_DATABASE_URL) gets two customers made through
// the product: "big" with 10 subscriptions and 1,000 paid invoices, "small" with 3 invoices (merchant
// API calls through lib/sdk, and each customer's card added in the portal's own form in Chromium).
// Then each page (overview, invoices) is fetched 30 times per customer with its portal cookie, the
// two customers alternating request by request (after 5 unmeasured each); the table gives p50 and
// p95 response times and big / small.
// Table to stdout, then `BENCH_JSON {...}`; progress to stderr.
import { chromium, type BrowserContext } from "@playwright/test";
import { performance } from "node:perf_hooks";
import { PlugipayClient, type Customer } from "../lib/sdk";
import { assertPortFree, killAllChildren, runStep, startProcess, stopProcess, waitForHealth } from "./bench-lib";
import { benchEnvironment, bin, migrateAndSeed, resetSqliteDatabase, say } from "./bench-mint";

const HOST = "127.0.0.1";
const PORT = Number(process.env.BENCH_PORT || 3230);
const ORIGIN = `http://${HOST}:${PORT}`;
const DB_FILE = ".test/bench-history.db";
const DATABASE_URL = process.env.BENCH_DATABASE_URL || `file:./${DB_FILE}`;
const SAMPLES = 30;
const WARM_UP = 5;
const BIG = { subscriptions: 10, invoices: 1000 };
const CREATE_CONCURRENCY = 4;

type Sample = { page: string; customer: string; p50Ms: number; p95Ms: number };

async function inParallel(count: number, concurrency: number, task: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) await task(next++);
    }),
  );
}

/** Signs the browser in with a fresh portal URL and adds a card in the portal's form. */
async function signInWithCard(context: BrowserContext, client: PlugipayClient, customer: Customer): Promise<string> {
  const { id, url } = await client.portalSessions.create({ customerId: customer.id, returnUrl: "https://example.com/account" });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole("heading", { level: 1, name: "Billing", exact: true }).waitFor();
  await page.goto(`${ORIGIN}/portal/${id}/payment-methods/new`);
  await page.getByLabel("Card number").fill("4242 4242 4242 4242");
  await page.getByLabel(/Expiry/).fill("12 / 34");
  await page.getByLabel("Security code").fill("123");
  await page.getByRole("button", { name: "Add card" }).click();
  await page.getByText("Your card has been added.").waitFor();
  await page.close();
  return id;
}

async function makeHistory(
  client: PlugipayClient,
  customer: Customer,
  planId: string,
  priceId: string,
  shape: { subscriptions: number; invoices: number },
): Promise<void> {
  for (let i = 0; i < shape.subscriptions; i++) {
    await client.subscriptions.create({ customerId: customer.id, planId, priceId, collectionMethod: "charge_automatically" });
  }
  // Each subscription's first invoice is paid already; the rest are one-off invoices, issued and paid.
  const oneOff = shape.invoices - shape.subscriptions;
  await inParallel(oneOff, CREATE_CONCURRENCY, async (index) => {
    const invoice = await client.invoices.create({
      customerId: customer.id,
      currency: "USD",
      status: "open",
      lines: [{ description: `Usage ${index + 1}`, quantity: 1, unitAmount: 500 + (index % 7) * 100 }],
    });
    await client.invoices.pay(invoice.id);
    if ((index + 1) % 200 === 0) say(`${customer.name}: ${index + 1} of ${oneOff} one-off invoices paid`);
  });
}

type Timed = { context: BrowserContext; path: string; times: number[] };

/** Alternates between the customers request by request, so both see the same noise. */
async function timeSideBySide(targets: Timed[]): Promise<void> {
  for (let i = 0; i < WARM_UP + SAMPLES; i++) {
    for (const target of targets) {
      const started = performance.now();
      const response = await target.context.request.get(ORIGIN + target.path, { maxRedirects: 0 });
      await response.body();
      if (response.status() !== 200) throw new Error(`GET ${target.path} answered ${response.status()}`);
      if (i >= WARM_UP) target.times.push(performance.now() - started);
    }
  }
}

function percentiles(times: number[]): { p50Ms: number; p95Ms: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
  return { p50Ms: at(50), p95Ms: at(95) };
}

async function main(): Promise<void> {
  await assertPortFree(HOST, PORT);
  const env = { ...benchEnvironment({ host: HOST, port: PORT, databaseUrl: DATABASE_URL }), PORTAL_ORIGIN: ORIGIN };
  if (!process.argv.includes("--no-build")) {
    say("next build");
    await runStep(bin("next"), ["build"], { env, timeoutMs: 10 * 60_000 });
  }
  if (DATABASE_URL.startsWith("file:")) resetSqliteDatabase(DB_FILE);
  const { credentials } = await migrateAndSeed(env);
  const server = startProcess(process.execPath, ["scripts/serve.mjs", "-H", HOST, "-p", String(PORT)], env);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  const samples: Sample[] = [];
  try {
    await waitForHealth(`${ORIGIN}/healthz`, server, 60_000);
    const client = new PlugipayClient({ keyId: credentials.keyId, secret: credentials.secret, baseUrl: `${ORIGIN}/`, timeoutMs: 30_000 });
    const plan = await client.plans.create({ name: "History bench", interval: "month", prices: [{ currency: "USD", unitAmount: 4900, model: "flat" }] });
    const priceId = plan.prices[0]?.id;
    if (!priceId) throw new Error("the plan has no price");
    const shapes = { small: { subscriptions: 1, invoices: 3 }, big: BIG };
    const signedIn: { name: string; context: BrowserContext; sessionId: string }[] = [];
    for (const [name, shape] of Object.entries(shapes)) {
      const customer = await client.customers.create({ name: `History ${name}`, email: `history-${name}@example.com` });
      const context = await browser.newContext();
      const sessionId = await signInWithCard(context, client, customer);
      say(`${name}: ${shape.subscriptions} subscriptions and ${shape.invoices} invoices through the API`);
      await makeHistory(client, customer, plan.id, priceId, shape);
      signedIn.push({ name, context, sessionId });
    }
    for (const [page, suffix] of [
      ["overview", ""],
      ["invoices", "/invoices"],
    ] as const) {
      say(`timing ${page}: ${SAMPLES} requests per customer after ${WARM_UP}, alternating`);
      const targets = signedIn.map((customer) => ({ ...customer, path: `/portal/${customer.sessionId}${suffix}`, times: [] as number[] }));
      await timeSideBySide(targets);
      for (const target of targets) samples.push({ page, customer: target.name, ...percentiles(target.times) });
    }
    for (const customer of signedIn) await customer.context.close();
  } finally {
    await browser.close();
    await stopProcess(server);
  }
  const out = (line: string) => process.stdout.write(line + "\n");
  out(
    `Portal server time by history (${DATABASE_URL.startsWith("file:") ? "SQLite" : "PostgreSQL"}): small = 1 subscription, 3 invoices; big = ${BIG.subscriptions} subscriptions, ${BIG.invoices} invoices`,
  );
  out("");
  out("page      customer  p50 ms  p95 ms");
  for (const s of samples) out(`${s.page.padEnd(8)}  ${s.customer.padEnd(8)}  ${s.p50Ms.toFixed(1).padStart(6)}  ${s.p95Ms.toFixed(1).padStart(6)}`);
  out("");
  for (const page of ["overview", "invoices"]) {
    const big = samples.find((s) => s.page === page && s.customer === "big");
    const small = samples.find((s) => s.page === page && s.customer === "small");
    if (big && small) out(`${page}: big / small p95 = ${(big.p95Ms / small.p95Ms).toFixed(2)}×`);
  }
  out("BENCH_JSON " + JSON.stringify({ samples }));
}

process.on("exit", () => killAllChildren("SIGKILL"));
main().catch((error: unknown) => {
  say(`failed: ${error instanceof Error ? error.stack : String(error)}`);
  killAllChildren("SIGKILL");
  process.exitCode = 1;
});
