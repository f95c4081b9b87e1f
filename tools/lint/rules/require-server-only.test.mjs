import { createRuleTester, repositoryFile } from "./rule-tester.mjs";
import { requireServerOnly } from "./require-server-only.mjs";

const options = [{ modules: ["lib/db", "lib/generated/prisma/**", "lib/env", "lib/crypto/keys", "lib/processor/**"], packages: ["pg"] }];
const domainFile = repositoryFile("lib/customers/create-customer.ts");

createRuleTester().run("require-server-only", requireServerOnly, {
  valid: [
    { filename: domainFile, options, code: 'import "server-only";\nimport { prisma } from "../db";' },
    { filename: domainFile, options, code: '// header\nimport "server-only";\nimport { seal } from "@/lib/crypto/keys";' },
    // Only type imports: erased at compile time, nothing reaches the bundle.
    { filename: domainFile, options, code: 'import type { Customer } from "../generated/prisma/client";' },
    { filename: domainFile, options, code: 'import { type Customer } from "../generated/prisma/client";' },
    { filename: domainFile, options, code: 'export type { Customer } from "../generated/prisma/client";' },
    { filename: domainFile, options, code: 'type Row = import("../db").DatabaseClient;' },
    // Modules that reach nothing sensitive.
    { filename: domainFile, options, code: 'import { z } from "zod";\nimport { newId } from "../ids";' },
    { filename: repositoryFile("lib/sdk/transport.ts"), options, code: 'import { database } from "./db";' },
    { filename: repositoryFile("app/v1/route.ts"), options, code: 'import { handler } from "@/lib/api/handle-api-request";' },
  ],
  invalid: [
    {
      filename: domainFile,
      options,
      code: '// Creates a customer.\nimport { prisma } from "../db";\n',
      errors: [{ messageId: "missingImport", data: { module: "../db" }, line: 2 }],
      output: '// Creates a customer.\nimport "server-only";\nimport { prisma } from "../db";\n',
    },
    {
      filename: repositoryFile("app/portal/[sessionId]/actions.ts"),
      options,
      code: '"use server";\nimport { prisma } from "@/lib/db.ts";',
      errors: [{ messageId: "missingImport", data: { module: "@/lib/db.ts" } }],
      output: '"use server";\nimport "server-only";\nimport { prisma } from "@/lib/db.ts";',
    },
    {
      filename: domainFile,
      options,
      code: 'import { Prisma } from "../generated/prisma/client";',
      errors: [{ messageId: "missingImport" }],
      output: 'import "server-only";\nimport { Prisma } from "../generated/prisma/client";',
    },
    {
      filename: domainFile,
      options,
      code: 'import { type Settings, env } from "../env";',
      errors: [{ messageId: "missingImport", data: { module: "../env" } }],
      output: 'import "server-only";\nimport { type Settings, env } from "../env";',
    },
    {
      filename: repositoryFile("lib/invoices/pay-invoice.ts"),
      options,
      code: 'export { processor } from "../processor";',
      errors: [{ messageId: "missingImport", data: { module: "../processor" } }],
      output: 'import "server-only";\nexport { processor } from "../processor";',
    },
    {
      filename: repositoryFile("lib/invoices/pay-invoice.ts"),
      options,
      code: 'const { charge } = await import("../processor/test-mode-processor");',
      errors: [{ messageId: "missingImport" }],
      output: 'import "server-only";\nconst { charge } = await import("../processor/test-mode-processor");',
    },
    {
      filename: repositoryFile("scripts/seed.ts"),
      options,
      code: 'import pg from "pg";',
      errors: [{ messageId: "missingImport", data: { module: "pg" } }],
      output: 'import "server-only";\nimport pg from "pg";',
    },
    {
      // A sensitive module itself.
      filename: repositoryFile("lib/crypto/keys.ts"),
      options,
      code: 'import { createHmac } from "node:crypto";',
      errors: [{ messageId: "missingInSensitiveModule", data: { module: "lib/crypto/keys" } }],
      output: 'import "server-only";\nimport { createHmac } from "node:crypto";',
    },
    {
      // `import type "server-only"` is no guard.
      filename: domainFile,
      options,
      code: 'import type {} from "server-only";\nimport { prisma } from "../db";',
      errors: [{ messageId: "missingImport" }],
      output: 'import "server-only";\nimport type {} from "server-only";\nimport { prisma } from "../db";',
    },
  ],
});
