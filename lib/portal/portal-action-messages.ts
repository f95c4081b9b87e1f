// What a portal action says when it cannot do what was asked, in the customer's language (issue 12,
// item 7). English pages keep the domain's own sentence, which names the exact reason ("This card
// was declined: insufficient funds"); other languages get the sentence for the error's code, since
// domain messages are written once, in English, for the API and the logs (docs/decisions/0015-portal-languages.md).
import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { AppError, type ErrorCode } from "../errors";
import { languageOf } from "../i18n/messages";

const EXPLAINED_CODES = ["card_declined", "invalid_state", "conflict", "VALIDATION_ERROR", "insufficient_scope", "not_found", "rate_limited"] as const;
type ExplainedCode = (typeof EXPLAINED_CODES)[number];
const isExplained = (code: ErrorCode): code is ExplainedCode => (EXPLAINED_CODES as readonly string[]).includes(code);

/** The refusal of an action this session's settings or the plan do not allow. */
export async function notAllowedError(): Promise<AppError> {
  return new AppError("insufficient_scope", (await getTranslations("actions"))("notAllowed"));
}

/** For a failure that is not the customer's to fix; the details go to the log, never to the page. */
export async function unexpectedFailureMessage(): Promise<string> {
  return (await getTranslations("actions"))("unexpected");
}

/** A domain refusal as the customer reads it; a form's own check is already in their language. */
export async function customerMessageFor(error: AppError): Promise<string> {
  if (error.isCustomerWorded || languageOf(await getLocale()) === "en") return error.message;
  const t = await getTranslations("actions");
  return isExplained(error.code) ? t(`refused.${error.code}`) : t("unexpected");
}
