import { createRuleTester, repositoryFile } from "./rule-tester.mjs";
import { restrictImports } from "./restrict-imports.mjs";

const portalFile = repositoryFile("lib/portal/portal-access.ts");
const forbidMerchantApi = [{ forbid: ["lib/api/**"], reason: "portal" }];
const sdkFile = repositoryFile("lib/sdk/resources/customers.ts");
const sdkOnly = [{ allow: ["lib/sdk/**"], allowTypes: ["lib/**/*-schemas", "zod"], allowPackages: ["node:*"], reason: "sdk" }];

createRuleTester().run("restrict-imports", restrictImports, {
  valid: [
    { filename: portalFile, options: forbidMerchantApi, code: 'import { findCustomer } from "../customers/find-customer";' },
    { filename: portalFile, options: forbidMerchantApi, code: 'import { z } from "zod";' },
    { filename: sdkFile, options: sdkOnly, code: 'import { request } from "../transport";\nimport { PlugipayError } from "@/lib/sdk/errors";' },
    { filename: sdkFile, options: sdkOnly, code: 'import { createHmac } from "node:crypto";' },
    { filename: sdkFile, options: sdkOnly, code: 'import type { CustomerResource } from "../../customers/customer-schemas";' },
    { filename: sdkFile, options: sdkOnly, code: 'import { type CustomerResource } from "@/lib/customers/customer-schemas";\nimport type { z } from "zod";' },
  ],
  invalid: [
    {
      filename: portalFile,
      options: forbidMerchantApi,
      code: 'import { envelope } from "../api/envelope";',
      errors: [{ messageId: "forbidden", data: { specifier: "../api/envelope", reason: "portal" } }],
    },
    { filename: portalFile, options: forbidMerchantApi, code: 'export * from "@/lib/api";', errors: [{ messageId: "forbidden" }] },
    {
      filename: portalFile,
      options: forbidMerchantApi,
      code: 'const api = await import("../../lib/api/handle-api-request.ts");',
      errors: [{ messageId: "forbidden" }],
    },
    {
      filename: sdkFile,
      options: sdkOnly,
      code: 'import { prisma } from "../../db";',
      errors: [{ messageId: "forbidden", data: { specifier: "../../db", reason: "sdk" } }],
    },
    { filename: sdkFile, options: sdkOnly, code: 'import { z } from "zod";', errors: [{ messageId: "typesOnly", data: { specifier: "zod", reason: "sdk" } }] },
    { filename: sdkFile, options: sdkOnly, code: 'import { CustomerResource } from "../../customers/customer-schemas";', errors: [{ messageId: "typesOnly" }] },
    { filename: sdkFile, options: sdkOnly, code: 'import type { Tenant } from "../../tenancy";', errors: [{ messageId: "forbidden" }] },
    { filename: sdkFile, options: sdkOnly, code: 'import { ulid } from "ulid";', errors: [{ messageId: "forbidden" }] },
  ],
});
