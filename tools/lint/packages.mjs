// The lint packages, resolved from this workspace (where typescript-eslint finds TypeScript 6, not
// the app's TypeScript 7), for the root eslint.config.mjs: docs/decisions/0008-lint-and-typescript-versions.md.
export { default as js } from "@eslint/js";
export { defineConfig } from "eslint/config";
export { default as nextPlugin } from "@next/eslint-plugin-next";
export { default as prettierConfig } from "eslint-config-prettier";
export { default as reactHooks } from "eslint-plugin-react-hooks";
export { default as globals } from "globals";
export { default as tseslint } from "typescript-eslint";
export { plugipayPlugin } from "./rules/plugin.mjs";
