// The in-repo ESLint plugin: the rules that carry the architecture (../../../eslint.config.mjs).
import { requireServerOnly } from "./require-server-only.mjs";
import { restrictImports } from "./restrict-imports.mjs";

export const plugipayPlugin = {
  meta: { name: "plugipay" },
  rules: {
    "require-server-only": requireServerOnly,
    "restrict-imports": restrictImports,
  },
};
