// Import boundaries over resolved repository paths, however an import spells them (alias, relative
// path, extension, index): a deny list (`forbid`), or an allow list (`allow`, `allowTypes`,
// `allowPackages`) for modules that must stay self-contained (docs/decisions/0008-lint-and-typescript-versions.md).
import { globMatcher, resolveImport } from "./module-paths.mjs";
import { visitModuleReferences } from "./module-references.mjs";

const globs = { type: "array", items: { type: "string" } };

/** @type {import("eslint").Rule.RuleModule} */
export const restrictImports = {
  meta: {
    type: "problem",
    docs: { description: "Keep a group of modules inside its architectural boundary" },
    schema: [
      {
        type: "object",
        properties: {
          forbid: { ...globs, description: "Repository paths (globs, no extension) this group must not import" },
          allow: { ...globs, description: "When given, the only repository paths this group may import" },
          allowTypes: { ...globs, description: "Repository paths or packages this group may import with `import type` only" },
          allowPackages: { ...globs, description: 'Packages this group may import ("node:*" for Node built-ins); only checked with `allow`' },
          reason: { type: "string", description: "Why, shown in the message" },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      forbidden: "{{ specifier }} is outside this module's boundary: {{ reason }}",
      typesOnly: "{{ specifier }} may only be imported with `import type` here: {{ reason }}",
    },
  },
  create(context) {
    const [options = {}] = context.options;
    const isForbidden = globMatcher(options.forbid ?? []);
    const isAllowlist = options.allow !== undefined;
    const isAllowed = globMatcher(options.allow ?? []);
    const isAllowedType = globMatcher(options.allowTypes ?? []);
    const isAllowedPackage = globMatcher(options.allowPackages ?? []);
    const reason = options.reason ?? "see eslint.config.mjs";

    return visitModuleReferences(({ specifier, node, isTypeOnly }) => {
      const target = resolveImport(specifier, context.filename);
      const name = target ?? specifier;
      if (target !== null && isForbidden(target)) {
        context.report({ node, messageId: "forbidden", data: { specifier, reason } });
        return;
      }
      if (!isAllowlist) return;
      if (target === null ? isAllowedPackage(specifier) : isAllowed(target)) return;
      if (isAllowedType(name)) {
        if (!isTypeOnly) context.report({ node, messageId: "typesOnly", data: { specifier, reason } });
        return;
      }
      context.report({ node, messageId: "forbidden", data: { specifier, reason } });
    });
  },
};
