// A module that is, or imports by value, one of the server's sensitive modules (the database
// client, the secrets, the payment processor) must start with `import "server-only";`, so that a
// client component reaching it fails the build instead of shipping it to the browser
// (docs/decisions/0008-lint-and-typescript-versions.md).
import { globMatcher, repositoryPathOf, resolveImport } from "./module-paths.mjs";
import { visitModuleReferences } from "./module-references.mjs";

const SERVER_ONLY = "server-only";

/** @type {import("eslint").Rule.RuleModule} */
export const requireServerOnly = {
  meta: {
    type: "problem",
    docs: { description: 'Require `import "server-only";` in modules that reach the database client, secrets or the payment processor' },
    fixable: "code",
    schema: [
      {
        type: "object",
        properties: {
          modules: { type: "array", items: { type: "string" }, minItems: 1, description: "Globs of repository paths (no extension) of the sensitive modules" },
          packages: { type: "array", items: { type: "string" }, description: "Package names that are sensitive too" },
        },
        required: ["modules"],
        additionalProperties: false,
      },
    ],
    messages: {
      missingImport: 'This module imports {{ module }}, so it must start with `import "server-only";`.',
      missingInSensitiveModule: 'This module is one of the server-only modules ({{ module }}), so it must start with `import "server-only";`.',
    },
  },
  create(context) {
    const [{ modules, packages = [] }] = context.options;
    const isSensitivePath = globMatcher(modules);
    const ownPath = repositoryPathOf(context.filename);
    let firstSensitiveReference = isSensitivePath(ownPath) ? { module: ownPath, node: null } : null;
    let hasServerOnlyImport = false;

    const visitor = visitModuleReferences(({ specifier, node, isTypeOnly }) => {
      if (specifier === SERVER_ONLY) {
        if (!isTypeOnly) hasServerOnlyImport = true;
        return;
      }
      if (isTypeOnly || firstSensitiveReference) return;
      const target = resolveImport(specifier, context.filename);
      if (target === null ? packages.includes(specifier) : isSensitivePath(target)) {
        firstSensitiveReference = { module: specifier, node };
      }
    });

    return {
      ...visitor,
      "Program:exit"(program) {
        if (hasServerOnlyImport || !firstSensitiveReference) return;
        const { module, node } = firstSensitiveReference;
        context.report({
          node: node ?? program,
          messageId: node ? "missingImport" : "missingInSensitiveModule",
          data: { module },
          fix: (fixer) => insertServerOnlyImport(fixer, program),
        });
      },
    };
  },
};

// Goes before the first statement, after the leading comments (a module's header comment stays on
// top); a "use strict"-like directive prologue stays first.
function insertServerOnlyImport(fixer, program) {
  const firstStatement = program.body.find((statement) => statement.type !== "ExpressionStatement" || !statement.directive);
  const statement = `import "${SERVER_ONLY}";\n`;
  if (!firstStatement) return fixer.insertTextAfterRange([program.range[1], program.range[1]], `\n${statement}`);
  return fixer.insertTextBeforeRange(firstStatement.range, statement);
}
