// The frame of a portal form's server action used with useActionState (docs/api.md §7.7): re-resolve
// the signed-in customer from the cookie (or back to the front door), run the work, and either go on
// with a success message or answer the form's state — the values to show again, a message next to
// each field that is wrong, or one for the whole form — so nothing typed is lost (lib/portal/form-state.ts).
import "server-only";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { requirePortalCustomer } from "@/lib/portal/current-portal";
import { setFlash } from "@/lib/portal/flash";
import { customerMessageFor, unexpectedFailureMessage } from "@/lib/portal/portal-action-messages";
import { encodeFormState, type FormState } from "@/lib/portal/form-state";
import type { PortalCustomerContext } from "@/lib/portal/portal-access";

export type FormOutcome<Field extends string> = { problems: Partial<Record<Field, string>> } | { done: string; path: string };

export async function performFormAction<Field extends string>(
  portalSessionId: string,
  form: { fields: readonly Field[]; values: Partial<Record<Field, string>> },
  work: (portal: PortalCustomerContext) => Promise<FormOutcome<Field>>,
): Promise<string> {
  const portal = await requirePortalCustomer(portalSessionId);
  const answer = (state: Omit<FormState<Field>, "values">) => encodeFormState<Field>({ values: form.values, ...state });
  // Problems next to fields come with one summary above the form ("Check the 2 fields marked below.").
  const answerProblems = async (problems: Partial<Record<Field, string>>) =>
    answer({ problems, message: (await getTranslations("formField"))("checkFields", { count: Object.keys(problems).length }) });
  let destination: string;
  try {
    const outcome = await work(portal);
    if ("problems" in outcome) return answerProblems(outcome.problems);
    destination = `${outcome.path}?flash=${await setFlash(portal.portalSessionId, "success", outcome.done)}`;
  } catch (error) {
    if (!(error instanceof AppError)) {
      log("error", "portal action failed", { portalSessionId: portal.portalSessionId, error: error instanceof Error ? error.name : "unknown" });
      return answer({ problems: {}, message: await unexpectedFailureMessage() });
    }
    if (error.code !== "not_found") {
      const field = form.fields.find((name) => name === error.field);
      const message = await customerMessageFor(error);
      return field ? answerProblems({ [field]: message } as Partial<Record<Field, string>>) : answer({ problems: {}, message });
    }
    destination = `/portal/${portal.portalSessionId}?flash=${await setFlash(portal.portalSessionId, "error", await customerMessageFor(error))}`;
  }
  redirect(destination);
}
