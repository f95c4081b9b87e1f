// ESLint's RuleTester on vitest, parsing TypeScript as the repository's files do.
import { RuleTester } from "eslint";
import tseslint from "typescript-eslint";
import { describe, it } from "vitest";
import path from "node:path";
import { REPOSITORY_ROOT } from "./module-paths.mjs";

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

export function createRuleTester() {
  return new RuleTester({ languageOptions: { parser: tseslint.parser, ecmaVersion: "latest", sourceType: "module" } });
}

/** The absolute path of a repository file, as ESLint hands it to rules. */
export function repositoryFile(relativePath) {
  return path.join(REPOSITORY_ROOT, relativePath);
}
