// `npm run db:seed -- --json` against the local e2e database (docs/api.md §9): the local server's
// keys, and the seed's own spec. A remote server's database is out of reach.
import { execFileSync } from "node:child_process";
import type { SeedResult } from "../../lib/demo/seed-demo-data";
import { E2E_ENV } from "../e2e-env";

export type { SeedResult, SeededWorkspace } from "../../lib/demo/seed-demo-data";

export function runSeed(): SeedResult {
  const stdout = execFileSync("npm", ["run", "--silent", "db:seed", "--", "--json"], {
    env: { ...process.env, ...E2E_ENV },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  return JSON.parse(stdout) as SeedResult;
}
