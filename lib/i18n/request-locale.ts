// The request's locale, read once per request (React cache): next-intl's configuration (i18n/request.ts),
// <html lang> and the pages' date and money formatting all take this one value.
import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { negotiateLocale } from "../portal/negotiate-locale";

export const getRequestLocale = cache(async (): Promise<string> => negotiateLocale((await headers()).get("accept-language")));
