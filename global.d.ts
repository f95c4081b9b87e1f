// next-intl's types (https://next-intl.dev/docs/workflows/typescript): every `t("…")` names a key of
// messages/en.json, so tsc fails on an unknown key; lib/i18n/messages.test.ts keeps id.json in step.
import type { Messages } from "./lib/i18n/messages";

declare module "next-intl" {
  interface AppConfig {
    Messages: Messages;
  }
}
