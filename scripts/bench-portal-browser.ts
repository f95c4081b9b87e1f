// The browser side of scripts/bench-portal.ts: one Chromium, fresh contexts, and what each run saw.
// Numbers only, no assertions (issue 11: benchmarks, never timed tests).
import { request as httpRequest } from "node:http";
import { performance } from "node:perf_hooks";
import { brotliCompressSync } from "node:zlib";
import { chromium, type Browser, type BrowserContext, type Page } from "@playwright/test";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-quic",
  "--no-first-run",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", headless: true, args: CHROMIUM_ARGS });
}

/** Text the old front door painted while it signed the customer in. */
const INTERSTITIAL = "Signing you in";

/**
 * What one document of a run painted first, and whether the interstitial ever reached its DOM; or
 * (`targetPainted`) when the run's target heading was first painted (Element Timing's renderTime).
 */
export type DocumentPaint = {
  path: string;
  firstContentfulPaint: boolean;
  textAtPaint: string;
  interstitialInDom: boolean;
  atEpochMs?: number;
  targetPainted?: boolean;
};

// Runs in every document of a benchmark context, before the page's own scripts. Playwright finds a
// heading visible by polling with back-off (checks 0, 20, 70, 170, 270 ms… after it starts
// waiting), so its figure is late by up to the next check; the browser's own paint time of the
// heading is exact. The recorder marks the target heading with `elementtiming` as soon as the
// parser inserts it (a mutation observer runs before the next frame) and reports its renderTime.
const paintRecorder = (target: RegExp) => `(() => {
  const report = (entry) => window.__benchPaint && window.__benchPaint(entry);
  const target = new RegExp(${JSON.stringify(target.source)}, ${JSON.stringify(target.flags)});
  const mark = () => {
    for (const heading of document.querySelectorAll("h1,h2,h3")) {
      if (!heading.hasAttribute("elementtiming") && target.test(heading.textContent)) heading.setAttribute("elementtiming", "bench-target");
    }
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.identifier !== "bench-target") continue;
      report({ path: location.pathname, firstContentfulPaint: false, textAtPaint: "", interstitialInDom: false, targetPainted: true, atEpochMs: performance.timeOrigin + (entry.renderTime || entry.loadTime) });
    }
  }).observe({ type: "element", buffered: true });
  let interstitial = false;
  const check = () => { if (!interstitial && document.documentElement.textContent.includes(${JSON.stringify(INTERSTITIAL)})) interstitial = true; };
  new MutationObserver(() => { mark(); check(); }).observe(document, { childList: true, subtree: true, characterData: true });
  let painted = false;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name !== "first-contentful-paint") continue;
      painted = true;
      report({ path: location.pathname, firstContentfulPaint: true, textAtPaint: (document.body ? document.body.innerText : "").slice(0, 160), interstitialInDom: interstitial, atEpochMs: performance.timeOrigin + entry.startTime });
    }
  }).observe({ type: "paint", buffered: true });
  addEventListener("pagehide", () => { check(); if (!painted) report({ path: location.pathname, firstContentfulPaint: false, textAtPaint: "", interstitialInDom: interstitial }); });
  addEventListener("load", () => setTimeout(() => { check(); if (interstitial) report({ path: location.pathname, firstContentfulPaint: painted, textAtPaint: "(interstitial seen)", interstitialInDom: true }); }, 0));
})();`;

/** A fresh context whose documents report their paints, `target` being the heading a run waits for. */
export async function newRecordingContext(browser: Browser, paints: DocumentPaint[], target: RegExp): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.exposeBinding("__benchPaint", (_source, entry: DocumentPaint) => void paints.push(entry));
  await context.addInitScript(paintRecorder(target));
  return context;
}

/** Milliseconds since the run started at which each step ended: the URL in hand, each document (the front door's form post is the second). */
export type Phases = Record<string, number>;

/** Milliseconds from `open` (mint, if any, then navigation) until `ready` is visible, with the steps on the way. */
export async function timeUntilVisible(
  page: Page,
  open: () => Promise<string>,
  ready: (page: Page) => ReturnType<Page["getByRole"]>,
): Promise<{ ms: number; phases: Phases; startedWall: number }> {
  const phases: Phases = {};
  const startedWall = Date.now();
  let documents = 0;
  page.on("requestfinished", (request) => {
    if (request.resourceType() !== "document") return;
    const timing = request.timing();
    const label = `document ${++documents} (${request.method()})`;
    phases[`${label} sent`] = timing.startTime + Math.max(0, timing.requestStart) - startedWall;
    phases[`${label} first byte`] = timing.startTime + timing.responseStart - startedWall;
    phases[`${label} done`] = timing.startTime + timing.responseEnd - startedWall;
  });
  const started = performance.now();
  const url = await open();
  phases["URL in hand (mint)"] = performance.now() - started;
  await page.goto(url, { waitUntil: "commit" });
  await ready(page).waitFor({ state: "visible", timeout: 20_000 });
  return { ms: performance.now() - started, phases, startedWall };
}

/** Same-origin script URLs a page loads, in order. */
export async function scriptUrlsOf(page: Page, url: string, origin: string): Promise<{ status: number; scripts: string[] }> {
  const scripts: string[] = [];
  const listener = (response: { url(): string; request(): { resourceType(): string } }) => {
    if (response.request().resourceType() === "script" && response.url().startsWith(origin)) scripts.push(response.url());
  };
  page.on("response", listener);
  const response = await page.goto(url, { waitUntil: "networkidle" });
  page.off("response", listener);
  return { status: response?.status() ?? 0, scripts: [...new Set(scripts)] };
}

export type Encoded = { bytes: number; encoding: string; vary: string };

/** The raw (still encoded) body length of a GET with this Accept-Encoding. */
export function rawBody(url: string, acceptEncoding: string, headers: Record<string, string> = {}): Promise<Encoded & { body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { headers: { ...headers, "Accept-Encoding": acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const body = Buffer.concat(chunks);
        const vary = String(response.headers.vary ?? "");
        resolve({ bytes: body.length, encoding: String(response.headers["content-encoding"] ?? "identity"), vary, body });
      });
      response.on("error", reject);
    });
    request.on("error", reject);
    request.end();
  });
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join("  ");
  return [line(header), widths.map((width) => "-".repeat(width)).join("  "), ...rows.map(line)].join("\n");
}

export type PageJs = {
  page: string;
  status: number;
  scripts: number;
  brotli: number;
  gzip: number;
  identity: number;
  brotliEncoding: string;
  localBrotli: number;
};

export async function measureJs(context: BrowserContext, origin: string, path: string): Promise<PageJs> {
  // A fresh page with the cache disabled for it: every script of the first load is fetched.
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  await session.send("Network.setCacheDisabled", { cacheDisabled: true });
  const { status, scripts } = await scriptUrlsOf(page, origin + path, origin);
  await page.close();
  const sizes = { page: path, status, scripts: scripts.length, brotli: 0, gzip: 0, identity: 0, brotliEncoding: "", localBrotli: 0 };
  const encodings = new Set<string>();
  for (const script of scripts) {
    const br = await rawBody(script, "br");
    const gzip = await rawBody(script, "gzip");
    const identity = await rawBody(script, "identity");
    sizes.brotli += br.bytes;
    sizes.gzip += gzip.bytes;
    sizes.identity += identity.bytes;
    sizes.localBrotli += brotliCompressSync(identity.body).length;
    encodings.add(br.encoding);
  }
  sizes.brotliEncoding = [...encodings].join("+") || "-";
  return sizes;
}

/** One line per step of the portal runs, in the order they end, with the median time it ended at. */
export function phaseLines(runs: readonly Phases[]): string[] {
  const at = (label: string) => median(runs.map((phases) => phases[label]).filter((value): value is number => value !== undefined));
  const labels = [...new Set(runs.flatMap((phases) => Object.keys(phases)))].sort((a, b) => at(a) - at(b));
  return labels.map((label) => `    ${label.padEnd(30)} at ${at(label).toFixed(0).padStart(5)} ms`);
}

export type EncodingRow = { what: string; accept: string; encoding: string; bytes: number; vary: string };

export async function encodings(origin: string, mint: () => Promise<string>, chunk: string | undefined): Promise<EncodingRow[]> {
  const rows: EncodingRow[] = [];
  const url = await mint();
  const targets: [string, string][] = [
    ["GET / (HTML)", `${origin}/`],
    ["GET /portal/<id> front door (HTML)", url.split("#")[0]!],
  ];
  if (chunk) targets.push(["GET /_next/static/… (JS)", chunk]);
  targets.push(["GET /healthz", `${origin}/healthz`]);
  for (const [what, target] of targets) {
    for (const accept of ["br, gzip", "gzip", "identity"]) {
      const { bytes, encoding, vary } = await rawBody(target, accept);
      rows.push({ what, accept, encoding, bytes, vary });
    }
  }
  return rows;
}
