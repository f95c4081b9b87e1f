// The report of scripts/bench-portal.ts: click to usable (Playwright's polled "visible" and the
// browser's own paint time of the same heading), first-load JavaScript and Content-Encoding.
import { cpus } from "node:os";
import { median, phaseLines, table, type DocumentPaint, type EncodingRow, type PageJs, type Phases } from "./bench-portal-browser";

const KIB = 1024;

/** Per run: Playwright's "visible" (polled) and the browser's paint time of the same heading. */
export type Timings = { portalMs: number[]; homeMs: number[]; portalPaintMs: number[]; homePaintMs: number[]; paints: DocumentPaint[][]; phases: Phases[] };

export function report(
  { runs, origin, latencyMs }: { runs: number; origin: string; latencyMs: number },
  timings: Timings,
  js: PageJs[],
  encodingRows: EncodingRow[],
): void {
  const out = (line = "") => process.stdout.write(line + "\n");
  const portal = median(timings.portalMs);
  const home = median(timings.homeMs);
  const documents = timings.paints.map((paints) => paints.filter((paint) => paint.firstContentfulPaint || paint.interstitialInDom));
  const firstPaints = timings.paints.map((paints) => paints.find((paint) => paint.firstContentfulPaint));
  const billingFirst = firstPaints.filter((paint) => paint && !paint.textAtPaint.includes("Signing you in") && paint.textAtPaint.includes("Billing")).length;
  const interstitialRuns = timings.paints.filter((paints) => paints.some((paint) => paint.interstitialInDom)).length;
  out(
    `Node ${process.version}, ${cpus().length} CPUs, Chromium ${process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"}, server ${origin} (scripts/serve.mjs), ${runs} runs` +
      (latencyMs > 0 ? `, every request of the click-to-usable runs delayed ${latencyMs} ms by Chromium's network emulation` : ""),
  );
  out();
  out("Click to usable (fresh context each run; medians)");
  out(`  mint → open → subscription visible   ${portal.toFixed(0)} ms  (runs: ${timings.portalMs.map((ms) => ms.toFixed(0)).join(" ")})`);
  out(`  static home page → heading visible   ${home.toFixed(0)} ms  (runs: ${timings.homeMs.map((ms) => ms.toFixed(0)).join(" ")})`);
  out(`  ratio (median portal / median home)  ${(portal / home).toFixed(2)}×`);
  const portalPaint = median(timings.portalPaintMs);
  const homePaint = median(timings.homePaintMs);
  out("  the same runs, by when the browser painted the heading (Element Timing; Playwright's polling adds 0–100 ms):");
  out(
    `  subscription heading painted          ${portalPaint.toFixed(0)} ms  (${timings.portalPaintMs.length} runs: ${timings.portalPaintMs.map((ms) => ms.toFixed(0)).join(" ")})`,
  );
  out(
    `  home heading painted                  ${homePaint.toFixed(0)} ms  (${timings.homePaintMs.length} runs: ${timings.homePaintMs.map((ms) => ms.toFixed(0)).join(" ")})`,
  );
  out(`  ratio by paint                        ${(portalPaint / homePaint).toFixed(2)}×`);
  out("  portal run, steps (median time each ended, from the start of the run):");
  for (const line of phaseLines(timings.phases)) out(line);
  out(
    `  first contentful paint is the billing page: ${billingFirst}/${firstPaints.length} runs; "Signing you in…" in the DOM: ${interstitialRuns}/${timings.paints.length} runs`,
  );
  out(
    `  first paint of run 1: ${JSON.stringify(firstPaints[0]?.textAtPaint ?? "(none)")}; documents that painted or showed the interstitial: ${documents[0]?.length ?? 0}`,
  );
  out();
  out("First-load JavaScript per portal page (same-origin scripts, summed; KiB)");
  out(
    table(
      ["page", "status", "scripts", "br served", "gzip served", "identity", "br (local q11)", "br encoding"],
      js.map((row) => [
        row.page.replace(/ps_[0-9A-Z]+/, "<id>").replace(/(sub|in|pm)_[0-9A-Z]+/g, "$1_…"),
        String(row.status),
        String(row.scripts),
        (row.brotli / KIB).toFixed(1),
        (row.gzip / KIB).toFixed(1),
        (row.identity / KIB).toFixed(1),
        (row.localBrotli / KIB).toFixed(1),
        row.brotliEncoding,
      ]),
    ),
  );
  out();
  out("Content-Encoding answered");
  out(
    table(
      ["response", "Accept-Encoding", "Content-Encoding", "bytes", "Vary"],
      encodingRows.map((row) => [row.what, row.accept, row.encoding, String(row.bytes), row.vary]),
    ),
  );
  const json = {
    runs,
    latencyMs,
    portalMedianMs: portal,
    homeMedianMs: home,
    ratio: portal / home,
    portalPaintMedianMs: portalPaint,
    homePaintMedianMs: homePaint,
    paintRatio: portalPaint / homePaint,
    billingFirst,
    interstitialRuns,
    js,
    encodings: encodingRows,
  };
  out("BENCH_PORTAL_JSON " + JSON.stringify(json));
}
