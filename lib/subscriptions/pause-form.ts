// The portal's pause form (issue 12, item 8): "until I resume it", or until a chosen date. The date is
// a calendar day; the subscription resumes at 00:00 UTC that day, which must be after today and at
// most a year away. Refusals are in the customer's language (messages/*.json, pauseSubscription).
import { z } from "zod";
import { AppError } from "../errors";
import { translator } from "../i18n/messages";
import { DEFAULT_LOCALE } from "../portal/negotiate-locale";

const DAY_MS = 86_400_000;
export const MAX_PAUSE_DAYS = 365;

const PauseForm = z.discriminatedUnion("until", [
  z.object({ until: z.literal("resumed") }),
  z.object({ until: z.literal("date"), resumeOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Choose the date to resume on") }),
]);

/** The first and last day a pause may end on, as yyyy-mm-dd (for the date field's min and max). */
export function pauseDateBounds(today: Date): { min: string; max: string } {
  const start = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return { min: isoDay(new Date(start + DAY_MS)), max: isoDay(new Date(start + MAX_PAUSE_DAYS * DAY_MS)) };
}

export function parsePauseForm(input: { until: unknown; resumeOn: unknown }, today: Date, locale: string = DEFAULT_LOCALE): { resumeAt: Date | null } {
  const t = translator(locale, "pauseSubscription");
  const parsed = PauseForm.safeParse({ until: input.until ?? undefined, resumeOn: input.resumeOn ?? undefined });
  if (!parsed.success) throw new AppError("VALIDATION_ERROR", t("chooseDuration"), { isCustomerWorded: true });
  if (parsed.data.until === "resumed") return { resumeAt: null };
  const resumeAt = new Date(`${parsed.data.resumeOn}T00:00:00.000Z`);
  const { min, max } = pauseDateBounds(today);
  if (Number.isNaN(resumeAt.getTime()) || parsed.data.resumeOn < min || parsed.data.resumeOn > max) {
    throw new AppError("VALIDATION_ERROR", t("chooseDateInRange"), { field: "resumeOn", isCustomerWorded: true });
  }
  return { resumeAt };
}

function isoDay(value: Date): string {
  return value.toISOString().slice(0, 10);
}
