// npm start: the embedded quick start. Applies migrations, seeds demo data into an empty database,
// builds when the build is missing or older than the sources, serves, and prints a demo portal URL.
// `npm start -- --dev` serves with `next dev` instead. Once the server answers, the background
// worker (webhook deliveries, billing cycle) runs in this process, unless WORKER=off.
import "server-only";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { createSecretFile, env, DEFAULT_APP_SECRET_FILE } from "../lib/env";
import { startupBanner } from "../lib/demo/startup-banner";

const isDev = process.argv.includes("--dev");
// `npm run dev` is for one machine: its webhooks may reach a receiver on localhost (README "Webhooks
// to a local receiver"). `npm start` is also how a deployment serves, so it never allows that unasked.
if (isDev && process.env.WEBHOOK_ALLOW_PRIVATE_TARGETS === undefined) process.env.WEBHOOK_ALLOW_PRIVATE_TARGETS = "1";
const bin = (name: string) => join("node_modules", ".bin", name);
const childEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };

async function main(): Promise<void> {
  if (!process.env.APP_SECRET) createSecretFile(process.env.APP_SECRET_FILE || DEFAULT_APP_SECRET_FILE);
  const settings = env();
  run(bin("prisma"), ["migrate", "deploy"], "apply database migrations");

  const { hasDemoData, mintDemoPortalLink } = await import("../lib/demo/demo-portal-link");
  // A production deployment gets no demo workspace, and prints no demo credentials.
  if (!settings.isProduction && !(await hasDemoData())) {
    const { seedDemoData } = await import("../lib/demo/seed-demo-data");
    await seedDemoData();
    say("Seeded demo data (npm run db:seed -- --json prints another set with its keys).");
  }

  if (!isDev && isBuildStale()) run(bin("next"), ["build"], "build the app");

  // Production serves through scripts/serve.mjs: Next.js's handler behind the gate for the methods it cannot parse.
  const [command, args] = isDev ? [bin("next"), ["dev", "-p", String(settings.port)]] : [process.execPath, ["scripts/serve.mjs", "-p", String(settings.port)]];
  if (settings.host) args.push("-H", settings.host);
  const server = spawn(command, args, { stdio: ["ignore", "inherit", "inherit"], env: childEnv });
  forwardSignals(server);
  server.on("exit", (code) => process.exit(code ?? 0));

  await waitForHealth(`http://127.0.0.1:${settings.port}/healthz`);
  if (settings.worker === "on") await startWorker();
  const demoLink = settings.isProduction ? null : await mintDemoPortalLink();
  say(startupBanner({ isProduction: settings.isProduction, origin: settings.portalOrigin, demoLink }));
}

/** The worker shares this process; SIGINT/SIGTERM stop it, and the server's exit ends the process. */
async function startWorker(): Promise<void> {
  const { runWorker } = await import("../lib/worker/run-worker");
  const controller = new AbortController();
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => controller.abort());
  void runWorker({ signal: controller.signal }).catch((error: unknown) => {
    process.stderr.write(`The worker stopped: ${error instanceof Error ? error.message : String(error)}\n`);
  });
}

function run(command: string, args: string[], purpose: string): void {
  const result = spawnSync(command, args, { stdio: ["ignore", "inherit", "inherit"], env: childEnv });
  if (result.status !== 0) throw new Error(`Could not ${purpose} (${command} ${args.join(" ")} exited ${result.status})`);
}

function isBuildStale(): boolean {
  const marker = join(".next", "BUILD_ID");
  if (!existsSync(marker)) return true;
  const builtAt = statSync(marker).mtimeMs;
  const sources = ["app", "components", "lib", "public", "next.config.mjs", "package-lock.json", "postcss.config.mjs"];
  return sources.some((path) => newestModification(path) > builtAt);
}

function newestModification(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestModification(join(path, entry)));
  return newest;
}

async function waitForHealth(url: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server did not answer ${url} within 2 minutes`);
}

function forwardSignals(child: ChildProcess): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
}

function say(message: string): void {
  process.stdout.write(message + "\n");
}

main().catch((error: unknown) => {
  process.stderr.write(`npm start failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
