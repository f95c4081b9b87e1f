// What a portal form's server action answers when the form has problems (useActionState): the
// values to show again, one message per field, and a message for the form as a whole. It travels as
// a JSON string: React posts the previous state back as an argument, and the server-action gate
// accepts only string arguments (lib/portal/server-action-gate.ts). Values never hold a card number
// or security code: those fields come back empty.

export type FormState<Field extends string> = {
  values: Partial<Record<Field, string>>;
  problems: Partial<Record<Field, string>>;
  /** A problem with the form as a whole (e.g. the card was declined), or null. */
  message: string | null;
};

export const EMPTY_FORM_STATE = "";

export function encodeFormState<Field extends string>(state: FormState<Field>): string {
  return JSON.stringify(state);
}

/** The state a form shows: the action's answer, or the initial values before any submission. */
export function decodeFormState<Field extends string>(encoded: string, initialValues: Partial<Record<Field, string>>): FormState<Field> {
  if (encoded === EMPTY_FORM_STATE) return { values: initialValues, problems: {}, message: null };
  const parsed = safeJson(encoded);
  if (!isFormState(parsed)) return { values: initialValues, problems: {}, message: null };
  return parsed as FormState<Field>;
}

// Checked by hand, not with zod: this runs in the browser too (the forms' client leaves), where zod
// alone would add about a quarter to the portal's first-load JavaScript (issue 11, goal 3).
function isFormState(value: unknown): value is FormState<string> {
  if (typeof value !== "object" || value === null) return false;
  const { values, problems, message } = value as Record<string, unknown>;
  return isStringRecord(values) && isStringRecord(problems) && (message === null || typeof message === "string");
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.values(value).every((entry) => typeof entry === "string");
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The first message for each top-level field (zod's issues, or a form's own). */
export function problemsByField<Field extends string>(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Partial<Record<Field, string>> {
  const problems: Partial<Record<Field, string>> = {};
  for (const issue of issues) {
    const field = issue.path[0];
    if (typeof field === "string" && !(field in problems)) problems[field as Field] = issue.message;
  }
  return problems;
}
