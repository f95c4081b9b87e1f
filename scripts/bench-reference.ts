// The bare node:http + better-sqlite3 mint server of ../shared/bench (a yardstick outside this
// repository, not product code): seeded and started on its own database, measured with the same
// signed request as the product's mint, so its figure is the distance to the physical limit.
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { runStep, startProcess, stopProcess, waitForHealth, type Target } from "./bench-lib";
import { mintTarget, say } from "./bench-mint";

const DB_FILE = ".test/bench-reference.db";

type ReferenceSeed = { workspaces: { keys: { keyId: string; secret: string }[]; customers: { id: string }[] }[] };

export async function startReference(source: string, host: string, port: number): Promise<{ target: Target; stop: () => Promise<void> }> {
  mkdirSync(".test", { recursive: true });
  // A copy inside the project, so that its `import "better-sqlite3"` resolves to our node_modules.
  const script = ".test/bare-mint-reference.mjs";
  copyFileSync(source, script);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(DB_FILE + suffix, { force: true });
  const env = {
    ...process.env,
    DATABASE_URL: `file:./${DB_FILE}`,
    PORT: String(port),
    HOST: host,
    REF_RATE: "100000000",
    PORTAL_ORIGIN: `http://${host}:${port}`,
  };
  const seed = JSON.parse(await runStep(process.execPath, [script, "seed", "--json"], { env, timeoutMs: 60_000, captureStdout: true })) as ReferenceSeed;
  const workspace = seed.workspaces[0];
  const key = workspace?.keys[0];
  const customer = workspace?.customers[0];
  if (!key || !customer) throw new Error("the bare reference's seed printed no key and customer");
  say(`bare reference (${source}) on http://${host}:${port}`);
  const server = startProcess(process.execPath, [script], env);
  await waitForHealth(`http://${host}:${port}/ping`, server, 30_000);
  const origin = `http://${host}:${port}`;
  return {
    target: mintTarget({ name: "reference: bare node:http mint", origin, credentials: key, customerId: customer.id, idempotent: true }),
    stop: () => stopProcess(server),
  };
}
