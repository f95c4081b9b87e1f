"use client";
// The billing-details form (docs/api.md §7.7). Server-rendered and posted as a plain form before any
// script runs; the action's answer (lib/portal/form-state.ts) shows every problem next to its field
// and keeps everything typed.
import { useActionState, useEffect, useRef } from "react";
import { FieldFrame, FormProblemSummary, TextField, describedBy, invalidInputField } from "@/components/portal/form-field";
import { primaryButton, sectionHeading } from "@/components/ui/styles";
import { EMPTY_FORM_STATE, decodeFormState } from "@/lib/portal/form-state";
import type { BillingDetailsField, BillingDetailsValues } from "@/lib/customers/billing-details-form";

/** The form's words in the customer's language, translated by the page (client leaves carry no messages). */
export type BillingDetailsText = Record<BillingDetailsWord, string>;
type BillingDetailsWord =
  | "name"
  | "nameHint"
  | "email"
  | "address"
  | "addressHint"
  | "line1"
  | "line2"
  | "city"
  | "state"
  | "postalCode"
  | "country"
  | "chooseCountry"
  | "taxId"
  | "taxIdHint"
  | "save"
  | "optional";

type Props = {
  action: (previousState: string, form: FormData) => Promise<string>;
  saved: BillingDetailsValues;
  countries: readonly { code: string; name: string }[];
  text: BillingDetailsText;
};

export function BillingDetailsForm({ action, saved, countries, text: words }: Props) {
  const [encoded, formAction, isPending] = useActionState(action, EMPTY_FORM_STATE);
  const { values, problems, message } = decodeFormState<BillingDetailsField>(encoded, saved);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [encoded]);
  const text = (name: BillingDetailsField) => ({ name, problem: problems[name], defaultValue: values[name] ?? "" });

  return (
    <form ref={formRef} action={formAction} className="mt-6 max-w-xl space-y-6" noValidate>
      <FormProblemSummary message={message} />
      <div className="space-y-4">
        <TextField {...text("name")} label={words.name} autoComplete="name" maxLength={255} required hint={words.nameHint} />
        <TextField {...text("email")} label={words.email} type="email" autoComplete="email" maxLength={254} required />
      </div>
      <fieldset className="space-y-4">
        <legend className={sectionHeading}>{words.address}</legend>
        <p className="text-sm text-slate-700">{words.addressHint}</p>
        <TextField {...text("line1")} label={words.line1} autoComplete="address-line1" maxLength={200} />
        <TextField {...text("line2")} label={words.line2} optionalMark={words.optional} autoComplete="address-line2" maxLength={200} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField {...text("city")} label={words.city} autoComplete="address-level2" maxLength={100} />
          <TextField {...text("state")} label={words.state} optionalMark={words.optional} autoComplete="address-level1" maxLength={100} />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField {...text("postalCode")} label={words.postalCode} optionalMark={words.optional} autoComplete="postal-code" maxLength={20} />
          <FieldFrame name="country" label={words.country} problem={problems.country}>
            <select
              id="country"
              name="country"
              autoComplete="country"
              defaultValue={values.country ?? ""}
              className={invalidInputField}
              {...describedBy("country", problems.country, false)}
            >
              <option value="">{words.chooseCountry}</option>
              {countries.map((country) => (
                <option key={country.code} value={country.code}>
                  {country.name}
                </option>
              ))}
            </select>
          </FieldFrame>
        </div>
      </fieldset>
      <TextField {...text("taxId")} label={words.taxId} optionalMark={words.optional} maxLength={64} hint={words.taxIdHint} />
      <button type="submit" className={primaryButton} disabled={isPending}>
        {words.save}
      </button>
    </form>
  );
}
