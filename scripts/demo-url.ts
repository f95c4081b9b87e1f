// npm run demo:url: mints a fresh demo portal URL (valid 15 minutes, single use).
import "server-only";
import { mintDemoPortalLink } from "../lib/demo/demo-portal-link";
import { prisma } from "../lib/db";

mintDemoPortalLink()
  .then((link) => process.stdout.write(`${link.url}\n`))
  .catch((error: unknown) => {
    process.stderr.write(`No demo data yet? Run npm start or npm run db:seed first. (${error instanceof Error ? error.message : String(error)})\n`);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());
