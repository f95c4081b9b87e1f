// Two app instances (`scripts/serve.mjs` over the one production build) and two background workers
// (scripts/worker.ts) on one PostgreSQL database, as a deployment behind a load balancer runs them
// (README "PostgreSQL and several instances"). The database is migrated and seeded first; every
// process logs to its own file under .test/instances/, whose last lines are shown when one dies.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, openSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import type { SeedResult } from "../../lib/demo/seed-demo-data";

export type Cluster = {
  /** The two instances' base URLs, e.g. http://127.0.0.1:41234. */
  instances: [string, string];
  /** The origin both instances are configured to serve the portal from (instance A's). */
  portalOrigin: string;
  seed: SeedResult;
  stop(): Promise<void>;
};

const LOG_DIR = ".test/instances";
const BIN = "node_modules/.bin";
const APP_SECRET = "instances-app-secret-0123456789abcdefghijklmnopqrstuvwxyz";
const RATE_LIMIT_MULTIPLIER = "0.25";

export async function startCluster(databaseUrl: string): Promise<Cluster> {
  if (!/^postgres(ql)?:/.test(databaseUrl)) throw new Error("The several-instances test runs on PostgreSQL: set TEST_POSTGRES_URL (scripts/test-instances.sh)");
  if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `next build` first (scripts/test.sh does)");
  rmSync(LOG_DIR, { recursive: true, force: true });
  mkdirSync(LOG_DIR, { recursive: true });
  const ports = [await freePort(), await freePort()] as const;
  const instances: [string, string] = [`http://127.0.0.1:${ports[0]}`, `http://127.0.0.1:${ports[1]}`];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    APP_SECRET,
    PORTAL_ORIGIN: instances[0],
    LOG_LEVEL: "warn",
    WEBHOOK_ALLOW_PRIVATE_TARGETS: "1",
    // A quarter of the documented rates (portal mints: 5 at once, 5 a second): this 2-core machine
    // serves about a dozen mints a second over both instances, below the default refill of 20 a
    // second, so at full rates no burst it can send would ever empty the bucket.
    RATE_LIMIT_MULTIPLIER: RATE_LIMIT_MULTIPLIER,
    NEXT_TELEMETRY_DISABLED: "1",
    CHECKPOINT_DISABLE: "1",
  };
  execFileSync(`${BIN}/prisma`, ["migrate", "deploy"], { env, stdio: ["ignore", "ignore", "inherit"] });
  const seedJson = execFileSync(`${BIN}/tsx`, ["--conditions=react-server", "scripts/seed.ts", "--json"], { env, encoding: "utf8" });
  const seed = JSON.parse(seedJson) as SeedResult;

  const processes: Supervised[] = [
    supervise("app-a", process.execPath, ["scripts/serve.mjs", "-H", "127.0.0.1", "-p", String(ports[0])], env),
    supervise("app-b", process.execPath, ["scripts/serve.mjs", "-H", "127.0.0.1", "-p", String(ports[1])], env),
    supervise("worker-1", `${BIN}/tsx`, ["--conditions=react-server", "scripts/worker.ts"], env),
    supervise("worker-2", `${BIN}/tsx`, ["--conditions=react-server", "scripts/worker.ts"], env),
  ];
  const stop = async () => {
    await Promise.all(processes.map((supervised) => supervised.stop()));
  };
  try {
    await Promise.all(instances.map((base) => waitForHealth(`${base}/healthz`, processes)));
  } catch (error) {
    await stop();
    throw error;
  }
  return { instances, portalOrigin: instances[0], seed, stop };
}

type Supervised = { name: string; child: ChildProcess; exited: () => boolean; stop: () => Promise<void> };

function supervise(name: string, command: string, args: string[], env: NodeJS.ProcessEnv): Supervised {
  const logFile = `${LOG_DIR}/${name}.log`;
  const output = openSync(logFile, "a");
  const child = spawn(command, args, { env, stdio: ["ignore", output, output] });
  let hasExited = false;
  let stopping = false;
  const exit = new Promise<void>((resolve) => {
    child.once("exit", (code, signal) => {
      hasExited = true;
      if (!stopping) process.stderr.write(`${name} exited (${code ?? signal}); the last lines of ${logFile}:\n${tail(logFile)}\n`);
      resolve();
    });
  });
  return {
    name,
    child,
    exited: () => hasExited,
    async stop() {
      stopping = true;
      if (!hasExited) child.kill("SIGTERM");
      const killLater = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exit;
      clearTimeout(killLater);
    },
  };
}

async function waitForHealth(url: string, processes: Supervised[]): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    const dead = processes.find((supervised) => supervised.exited());
    if (dead) throw new Error(`${dead.name} exited before ${url} answered (see ${LOG_DIR}/${dead.name}.log)`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within 90 s`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function tail(file: string): string {
  try {
    return readFileSync(file, "utf8").split("\n").slice(-30).join("\n");
  } catch {
    return "(no log)";
  }
}
