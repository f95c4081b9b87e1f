// Where an import points, as a repository path, so that rules can speak about modules however an
// import spells them: "@/lib/db", "../db", "../../lib/db.ts" and "./index" all name a path here.
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (this file is tools/lint/rules/module-paths.mjs). */
export const REPOSITORY_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

const SOURCE_EXTENSION = /\.(?:d\.)?(?:[cm]?[jt]sx?)$/;

/** The repository-relative path (posix, no extension) of a file ESLint is linting. */
export function repositoryPathOf(filename) {
  return toPosix(path.relative(REPOSITORY_ROOT, filename)).replace(SOURCE_EXTENSION, "");
}

/**
 * The repository path an import specifier points to, without extension and without a trailing
 * "/index"; null for a package ("zod", "node:crypto", "@prisma/client").
 */
export function resolveImport(specifier, importerFilename) {
  let absolute;
  if (specifier.startsWith("@/")) absolute = path.join(REPOSITORY_ROOT, specifier.slice(2));
  else if (specifier === "." || specifier === ".." || specifier.startsWith("./") || specifier.startsWith("../")) {
    absolute = path.resolve(path.dirname(importerFilename), specifier);
  } else return null;
  return toPosix(path.relative(REPOSITORY_ROOT, absolute))
    .replace(SOURCE_EXTENSION, "")
    .replace(/\/index$/, "");
}

/**
 * A matcher for globs over repository paths: "**" spans folders, "*" stays within one, and a
 * trailing "/**" also matches the folder itself (an import of "lib/processor" is its index).
 */
export function globMatcher(globs) {
  const expressions = globs.map((glob) => {
    const bare = glob.replace(SOURCE_EXTENSION, "");
    const source = bare.endsWith("/**") ? `${globToRegExpSource(bare.slice(0, -3))}(?:/.*)?` : globToRegExpSource(bare);
    return new RegExp(`^${source}$`);
  });
  return (candidate) => expressions.some((expression) => expression.test(candidate));
}

function globToRegExpSource(glob) {
  let source = "";
  for (let index = 0; index < glob.length; index++) {
    const character = glob[index];
    if (character === "*" && glob[index + 1] === "*") {
      const followedBySlash = glob[index + 2] === "/";
      source += followedBySlash ? "(?:.*/)?" : ".*";
      index += followedBySlash ? 2 : 1;
    } else if (character === "*") source += "[^/]*";
    else source += character.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
  }
  return source;
}

function toPosix(filePath) {
  return filePath.split(path.sep).join("/");
}
