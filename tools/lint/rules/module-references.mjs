// Every way a module names another one, as { specifier, node, isTypeOnly }: static imports and
// re-exports, dynamic import() with a literal, `import x = require("…")`, require("…") and
// `import("…").Type` in types. Type-only references are erased at compile time.

/** An ESLint visitor that calls `report` for each module reference in the file. */
export function visitModuleReferences(report) {
  const fromDeclaration = (node) => {
    if (!node.source || typeof node.source.value !== "string") return;
    report({ specifier: node.source.value, node: node.source, isTypeOnly: isTypeOnlyDeclaration(node) });
  };
  return {
    ImportDeclaration: fromDeclaration,
    ExportNamedDeclaration: fromDeclaration,
    ExportAllDeclaration: fromDeclaration,
    ImportExpression(node) {
      if (node.source.type === "Literal" && typeof node.source.value === "string") {
        report({ specifier: node.source.value, node: node.source, isTypeOnly: false });
      }
    },
    TSImportEqualsDeclaration(node) {
      const reference = node.moduleReference;
      if (reference.type === "TSExternalModuleReference" && typeof reference.expression.value === "string") {
        report({ specifier: reference.expression.value, node: reference.expression, isTypeOnly: node.importKind === "type" });
      }
    },
    TSImportType(node) {
      const literal = node.source ?? (node.argument?.type === "TSLiteralType" ? node.argument.literal : null);
      if (literal && typeof literal.value === "string") report({ specifier: literal.value, node: literal, isTypeOnly: true });
    },
    CallExpression(node) {
      const [argument] = node.arguments;
      if (node.callee.type === "Identifier" && node.callee.name === "require" && argument?.type === "Literal" && typeof argument.value === "string") {
        report({ specifier: argument.value, node: argument, isTypeOnly: false });
      }
    },
  };
}

function isTypeOnlyDeclaration(node) {
  if (node.importKind === "type" || node.exportKind === "type") return true;
  const specifiers = node.specifiers ?? [];
  // `import { type A, type B } from "x"` is erased whole; `import "x"` and `import {} from "x"` are not.
  return specifiers.length > 0 && specifiers.every((specifier) => specifier.importKind === "type" || specifier.exportKind === "type");
}
