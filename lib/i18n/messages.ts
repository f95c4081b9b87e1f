// The portal's two languages (issue 12, item 7; docs/decisions/0015-portal-languages.md): English and
// Bahasa Indonesia, one ICU message file each under messages/. next-intl serves them to pages
// (i18n/request.ts); code outside React (the PDF, the invoice email, the proxy's expired page)
// translates with `translator` below.
import { createTranslator } from "next-intl";
import english from "../../messages/en.json";
import indonesian from "../../messages/id.json";
import { keptPerKey } from "./kept-formatters";

export type Messages = typeof english;
export const LANGUAGES = ["en", "id"] as const;
export type Language = (typeof LANGUAGES)[number];

/** Typed as the English file, so tsc fails when the Indonesian one lacks a key (the unit test checks both ways). */
export const MESSAGES: Readonly<Record<Language, Messages>> = { en: english, id: indonesian };

/** The language of a BCP 47 tag: Indonesian for `id` (and its old code `in`), English for anything else. */
export function languageOf(locale: string | null | undefined): Language {
  const primary = (locale ?? "").split(/[-_]/)[0]?.toLowerCase();
  return primary === "id" || primary === "in" ? "id" : "en";
}

const newTranslator = <Namespace extends keyof Messages>(locale: string, namespace: Namespace) =>
  createTranslator({ locale, messages: MESSAGES[languageOf(locale)], namespace });

const keptTranslators = keptPerKey<unknown>();

/** A translator for code that renders outside React, in the language of `locale` (one per locale and namespace). */
export function translator<Namespace extends keyof Messages>(locale: string, namespace: Namespace): ReturnType<typeof newTranslator<Namespace>> {
  return keptTranslators(`${locale}\n${namespace}`, () => newTranslator(locale, namespace)) as ReturnType<typeof newTranslator<Namespace>>;
}
