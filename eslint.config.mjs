// Lint that carries the architecture (../shared/spec/ARCHITECTURE.md, docs/decisions/0008-lint-and-typescript-versions.md):
// boundaries between the parts, server-only modules, no `any`, no unused code, `import type`,
// files you can read whole. The packages come from the tools/lint workspace, where typescript-eslint
// resolves TypeScript 6 (the app itself type-checks with TypeScript 7).
import { defineConfig, globals, js, nextPlugin, plugipayPlugin, prettierConfig, reactHooks, tseslint } from "./tools/lint/packages.mjs";

const TYPESCRIPT_FILES = ["**/*.ts", "**/*.tsx", "**/*.mts", "**/*.cts"];
const JAVASCRIPT_FILES = ["**/*.js", "**/*.mjs", "**/*.cjs"];
const TEST_FILES = ["**/*.test.ts", "**/*.test.tsx", "e2e/**"];

// The database client, however it is spelled from app/ or components/ ("@/lib/db", "../../lib/db",
// the generated client or its models), and the packages under it. Type imports too: presentation
// gets plain objects from the domain layer, never database rows.
const DATABASE_IMPORTS = [
  { regex: "^(?:@/|(?:\\.\\./)+)lib/db(?:\\.ts)?$", message: "Only the domain layer (lib/<noun>/) touches the database client." },
  { regex: "^(?:@/|(?:\\.\\./)+)lib/generated/prisma(?:/.*)?$", message: "Use the domain layer's own types and functions, not the generated Prisma client." },
  { group: ["@prisma/*", "better-sqlite3", "pg"], message: "Only lib/db.ts uses the database driver." },
];
// Merchant-API code, from the portal's pages and components.
const MERCHANT_API_IMPORTS = [
  { regex: "^(?:@/|(?:\\.\\./)+)lib/api(?:/.*)?$", message: "The portal never reaches merchant-API code (lib/api); share through the domain layer." },
];

// A module that is or imports one of these must start with `import "server-only";`: the database
// client, the secrets (the master secret is read by lib/env; lib/crypto/keys derives keys from it;
// lib/crypto/secret-box seals and opens stored secrets) and the payment processor.
const SERVER_ONLY_MODULES = ["lib/db", "lib/generated/prisma/**", "lib/env", "lib/crypto/keys", "lib/crypto/secret-box", "lib/processor/**"];

export default defineConfig(
  {
    name: "plugipay/ignores",
    ignores: ["lib/generated/**", ".next/**", "**/node_modules/**", "data/**", ".test/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    name: "plugipay/linter-options",
    linterOptions: { reportUnusedDisableDirectives: "error", reportUnusedInlineConfigs: "error" },
  },
  js.configs.recommended,
  {
    name: "plugipay/typescript",
    files: TYPESCRIPT_FILES,
    extends: [tseslint.configs.recommended],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true }],
      "@typescript-eslint/consistent-type-imports": ["error", { prefer: "type-imports", fixStyle: "inline-type-imports" }],
    },
  },
  {
    // Type-aware rules for the bugs tsc does not report: a promise nobody awaits (a write that lands
    // after its transaction, a rejection nobody sees) or an async function where a void callback is
    // expected. typescript-eslint builds a TypeScript 6 program for them (docs/decisions/0008-…).
    name: "plugipay/type-aware",
    files: TYPESCRIPT_FILES,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/await-thenable": "error",
    },
  },
  {
    name: "plugipay/javascript",
    files: JAVASCRIPT_FILES,
    languageOptions: { globals: globals.node },
  },
  {
    name: "plugipay/next",
    files: ["app/**", "components/**", "lib/**", "proxy.ts"],
    plugins: { "@next/next": nextPlugin },
    rules: { ...nextPlugin.configs.recommended.rules, ...nextPlugin.configs["core-web-vitals"].rules },
  },
  {
    name: "plugipay/react-hooks",
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    extends: [reactHooks.configs.flat["recommended-latest"]],
  },
  {
    name: "plugipay/max-lines",
    files: [...TYPESCRIPT_FILES, ...JAVASCRIPT_FILES],
    rules: { "max-lines": ["error", { max: 250, skipBlankLines: true, skipComments: true }] },
  },
  {
    name: "plugipay/max-lines-tests",
    files: TEST_FILES,
    rules: { "max-lines": ["error", { max: 400, skipBlankLines: true, skipComments: true }] },
  },

  // Boundaries (../shared/spec/ARCHITECTURE.md, "may use" and "Never").
  {
    name: "plugipay/boundary-presentation-without-database",
    files: ["app/**", "components/**"],
    rules: { "no-restricted-imports": ["error", { patterns: DATABASE_IMPORTS }] },
  },
  {
    name: "plugipay/boundary-portal-without-merchant-api",
    files: ["app/portal/**", "components/portal/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [...DATABASE_IMPORTS, ...MERCHANT_API_IMPORTS] }] },
  },
  {
    // From lib/portal a relative "../api" reaches lib/api, which a pattern over the spelling cannot
    // tell apart: the in-repo rule resolves the path.
    name: "plugipay/boundary-portal-kit-without-merchant-api",
    files: ["lib/portal/**"],
    plugins: { plugipay: plugipayPlugin },
    rules: {
      "plugipay/restrict-imports": ["error", { forbid: ["lib/api/**"], reason: "the portal never reaches merchant-API code; share through the domain layer." }],
    },
  },
  {
    name: "plugipay/boundary-sdk-self-contained",
    files: ["lib/sdk/**"],
    ignores: [...TEST_FILES, "lib/sdk/testing/**"],
    plugins: { plugipay: plugipayPlugin },
    rules: {
      "plugipay/restrict-imports": [
        "error",
        {
          allow: ["lib/sdk/**"],
          allowTypes: ["lib/**/*-schemas", "zod"],
          allowPackages: ["node:*"],
          reason: "the SDK ships to merchants' servers: only lib/sdk, Node built-ins, and `import type` from schema modules (lib/**/*-schemas.ts).",
        },
      ],
    },
  },
  {
    name: "plugipay/boundary-schemas-pure",
    files: ["lib/**/*-schemas.ts"],
    plugins: { plugipay: plugipayPlugin },
    rules: {
      "plugipay/restrict-imports": [
        "error",
        {
          allow: ["lib/**/*-schemas"],
          allowPackages: ["zod"],
          reason: "schema modules import only zod and other schema modules, so the SDK can take types from them.",
        },
      ],
    },
  },
  {
    name: "plugipay/server-only",
    files: TYPESCRIPT_FILES,
    ignores: TEST_FILES,
    plugins: { plugipay: plugipayPlugin },
    rules: { "plugipay/require-server-only": ["error", { modules: SERVER_ONLY_MODULES }] },
  },

  // Last: Prettier owns the layout, so no rule fights it.
  prettierConfig,
);
