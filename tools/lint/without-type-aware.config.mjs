// The root configuration without its type-aware block, to measure what those rules cost:
// tools/lint/measure-lint-and-typecheck.sh (docs/decisions/0008-lint-and-typescript-versions.md).
import config from "../../eslint.config.mjs";

export default config.filter((block) => block.name !== "plugipay/type-aware");
