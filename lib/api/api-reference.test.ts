// Keeps docs/api.md honest: every endpoint of the table and every error code is documented, the
// signing and webhook examples are what the code computes, and every section that a comment cites
// exists. Adding an endpoint, an error code or an event type without documenting it fails here.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ERROR_STATUS } from "../errors";
import { EVENT_TYPES } from "../events/event-schemas";
import { signatureHeader } from "../webhooks/sign-delivery";
import { ENDPOINTS } from "./endpoints";
import { signRequest } from "./signing";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const REFERENCE = readFileSync(join(ROOT, "docs/api.md"), "utf8");
const LINES = REFERENCE.split("\n");

/** Where comments and documents may cite the reference. */
const SOURCE_ROOTS = ["app", "components", "lib", "e2e", "scripts", "prisma", "docs", "README.md", "proxy.ts", "prisma.config.ts", "next.config.mjs"];
const SKIPPED_DIRECTORIES = new Set(["node_modules", "generated", ".next", "migrations"]);
const SOURCE_EXTENSIONS = /\.(ts|tsx|mts|mjs|js|sh|md|prisma)$/;

/** `/customers/:id` as the reference writes it: `/customers/{id}`. */
function documentedPath(path: string): string {
  return path.replace(/:([A-Za-z]+)/g, "{$1}");
}

/** Table rows of the reference whose first cell is a route such as `GET /customers/{id}`. */
function routeRows(): { route: string; line: string }[] {
  return LINES.flatMap((line) => {
    const match = /^\|\s*`(GET|POST|PATCH|PUT|DELETE) (\/[^`]*)`\s*\|/.exec(line);
    return match ? [{ route: `${match[1]} ${match[2]}`, line }] : [];
  });
}

/** Section numbers of the reference's headings: `## 7. Portal…` → 7, `### 7.4 The exchange…` → 7.4. */
function documentedSections(): Set<string> {
  const sections = new Set<string>();
  for (const line of LINES) {
    const match = /^#{2,4} (\d+(?:\.\d+)*)\.? /.exec(line);
    if (match?.[1]) sections.add(match[1]);
  }
  return sections;
}

function sourceFiles(entry: string): string[] {
  const path = join(ROOT, entry);
  if (SOURCE_EXTENSIONS.test(entry)) return [path];
  return readdirSync(path, { withFileTypes: true }).flatMap((child) => {
    if (child.isDirectory()) return SKIPPED_DIRECTORIES.has(child.name) ? [] : sourceFiles(join(entry, child.name));
    return SOURCE_EXTENSIONS.test(child.name) ? [join(path, child.name)] : [];
  });
}

/** Every "docs/api.md §N" (also "docs/api.md §8, §10") in the source tree, with where it was found. */
function citedSections(): { section: string; file: string }[] {
  const citation = new RegExp(String.raw`docs/api\.md((?:\s*(?:,|and|&|/)?\s*§\s?\d+(?:\.\d+)*)+)`, "g");
  return SOURCE_ROOTS.flatMap(sourceFiles).flatMap((file) => {
    const text = readFileSync(file, "utf8");
    return [...text.matchAll(citation)].flatMap((match) =>
      [...(match[1] ?? "").matchAll(/§\s?(\d+(?:\.\d+)*)/g)].map((section) => ({ section: section[1] ?? "", file: relative(ROOT, file) })),
    );
  });
}

/** The lines of one numbered section, up to the next heading of the same or a higher level. */
function sectionText(number: string): string {
  const start = LINES.findIndex((line) => new RegExp(`^#{2,4} ${number.replace(".", "\\.")}\\.? `).test(line));
  if (start === -1) return "";
  const level = /^#+/.exec(LINES[start] ?? "")?.[0].length ?? 2;
  const end = LINES.findIndex((line, index) => index > start && /^#+ /.test(line) && (/^#+/.exec(line)?.[0].length ?? 0) <= level);
  return LINES.slice(start, end === -1 ? undefined : end).join("\n");
}

describe("docs/api.md", () => {
  it("documents every endpoint of the table with its scope, rate-limit class and success status", () => {
    const rows = routeRows();
    const undocumented = ENDPOINTS.filter((endpoint) => {
      const route = `${endpoint.method} ${documentedPath(endpoint.path)}`;
      const status = new RegExp(`\\|\\s*${endpoint.success.status}\\s*\\|`);
      return !rows.some(
        (row) => row.route === route && row.line.includes(`\`${endpoint.scope}\``) && row.line.includes(`\`${endpoint.rateClass}\``) && status.test(row.line),
      );
    }).map((endpoint) => `${endpoint.method} ${endpoint.path} (${endpoint.scope}, ${endpoint.rateClass}, ${endpoint.success.status})`);
    expect(undocumented).toEqual([]);
  });

  it("lists no route that the endpoint table does not serve", () => {
    const served = new Set(ENDPOINTS.map((endpoint) => `${endpoint.method} ${documentedPath(endpoint.path)}`));
    expect(
      routeRows()
        .map((row) => row.route)
        .filter((route) => !served.has(route)),
    ).toEqual([]);
    expect(routeRows()).toHaveLength(ENDPOINTS.length);
  });

  it("documents every error code with its HTTP status", () => {
    const missing = Object.entries(ERROR_STATUS)
      .filter(([code, status]) => !LINES.some((line) => new RegExp(`^\\|\\s*\`${code}\`\\s*\\|\\s*${status}\\s*\\|`).test(line)))
      .map(([code, status]) => `${code} (${status})`);
    expect(missing).toEqual([]);
  });

  it("documents every event type in the catalogue", () => {
    const catalogue = sectionText("8.2");
    const rows = catalogue.split("\n").flatMap((line) => /^\|\s*`([a-z_.]+)`\s*\|/.exec(line)?.[1] ?? []);
    expect(EVENT_TYPES.filter((type) => !rows.includes(type))).toEqual([]);
  });

  it("prints the signatures that lib/api/signing.ts computes for the test vectors", () => {
    const secret = "sk_test_xxxxxxxxxxxxxxxxxxxxxxxx";
    const timestamp = "1747046520";
    const body = '{"customerId":"cus_01HXAB7K3M9N2P5QRS8TVWXY3Z","returnUrl":"https://example.com/account"}';
    const vectors = sectionText("2.5");
    expect(sectionText("2.4")).toContain(body);
    expect(vectors).toContain(signRequest(secret, { method: "GET", path: "/v1/customers", timestamp }));
    expect(vectors).toContain(signRequest(secret, { method: "POST", path: "/api/v1/portal-sessions", timestamp, body }));
    expect(vectors).toContain(
      signRequest(secret, { method: "POST", path: "/api/v1/portal-sessions", timestamp, body, idempotencyKey: "idem_3f1c2b9e-8a4d-4c1e-9f0a-1b2c3d4e5f60" }),
    );
    expect(vectors).toContain(signRequest(secret, { method: "GET", path: "/api/v1/customers?limit=5", timestamp }));
  });

  it("prints the webhook signature header that lib/webhooks/sign-delivery.ts computes", () => {
    const body = '{"id":"evt_01HXAB7K3M9N2P5QRS8TVWXY3Z","type":"invoice.paid"}';
    const header = signatureHeader(body, ["whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"], 1747046520);
    expect(sectionText("8.5")).toContain(`\`${header}\``);
  });

  it("has every section that the source tree cites", () => {
    const sections = documentedSections();
    const cited = citedSections();
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.filter((citation) => !sections.has(citation.section)).map((citation) => `§${citation.section} in ${citation.file}`)).toEqual([]);
  });

  it("is what code cites, not the contract outside the repository", () => {
    const codeRoots = SOURCE_ROOTS.filter((entry) => entry !== "docs" && !entry.endsWith(".md"));
    const outdated = /\bcontract\b[\s,(]*§/i;
    const offenders = codeRoots.flatMap(sourceFiles).filter((file) => outdated.test(readFileSync(file, "utf8")));
    expect(offenders.map((file) => relative(ROOT, file))).toEqual([]);
  });

  it("names only repository paths that exist", () => {
    const named = [
      ...REFERENCE.matchAll(/(?:^|[\s`(])((?:app|components|lib|e2e|scripts|docs|prisma)\/[\w./[\]-]+\.(?:ts|tsx|md|sh|prisma)|proxy\.ts)\b/g),
    ].map((match) => match[1] ?? "");
    expect(named.length).toBeGreaterThan(0);
    expect([...new Set(named)].filter((path) => !existsSync(join(ROOT, path)))).toEqual([]);
  });

  it("keeps the contract's top-level sections 1 to 10, in order", () => {
    const topLevel = LINES.flatMap((line) => /^## (\d+)\. /.exec(line)?.[1] ?? []).map(Number);
    expect(topLevel.slice(0, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});
