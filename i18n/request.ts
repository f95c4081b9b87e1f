// next-intl's per-request configuration, without i18n routing (no locale in the URL): the locale is
// negotiated from Accept-Language (lib/portal/negotiate-locale.ts) and its language's messages load.
import { getRequestConfig } from "next-intl/server";
import { getRequestLocale } from "@/lib/i18n/request-locale";
import { languageOf, MESSAGES } from "@/lib/i18n/messages";

export default getRequestConfig(async () => {
  const locale = await getRequestLocale();
  return { locale, messages: MESSAGES[languageOf(locale)], timeZone: "UTC" };
});
