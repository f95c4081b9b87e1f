"use client";
// The billing-details form (docs/api.md §7.7). Server-rendered and posted as a plain form before any
// script runs; the action's answer (lib/portal/form-state.ts) shows every problem next to its field
// and keeps everything typed.
import { useActionState, useEffect, useRef } from "react";
import { FieldFrame, FormProblemSummary, TextField, describedBy, invalidInputField } from "@/components/portal/form-field";
import { primaryButton, sectionHeading } from "@/components/ui/styles";
import { EMPTY_FORM_STATE, decodeFormState } from "@/lib/portal/form-state";
import type { BillingDetailsField, BillingDetailsValues } from "@/lib/customers/billing-details-form";

type Props = {
  action: (previousState: string, form: FormData) => Promise<string>;
  saved: BillingDetailsValues;
  countries: readonly { code: string; name: string }[];
};

export function BillingDetailsForm({ action, saved, countries }: Props) {
  const [encoded, formAction, isPending] = useActionState(action, EMPTY_FORM_STATE);
  const { values, problems, message } = decodeFormState<BillingDetailsField>(encoded, saved);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [encoded]);
  const text = (name: BillingDetailsField) => ({ name, problem: problems[name], defaultValue: values[name] ?? "" });

  return (
    <form ref={formRef} action={formAction} className="mt-6 max-w-xl space-y-6" noValidate>
      <FormProblemSummary problemCount={Object.keys(problems).length} message={message} />
      <div className="space-y-4">
        <TextField
          {...text("name")}
          label="Billing name"
          autoComplete="name"
          maxLength={255}
          required
          hint="The person or business invoices are made out to."
        />
        <TextField {...text("email")} label="Billing email" type="email" autoComplete="email" maxLength={254} required />
      </div>
      <fieldset className="space-y-4">
        <legend className={sectionHeading}>Address</legend>
        <p className="text-sm text-slate-700">Leave every address field empty to remove the address.</p>
        <TextField {...text("line1")} label="Street address" autoComplete="address-line1" maxLength={200} />
        <TextField {...text("line2")} label="Apartment, suite or building" optional autoComplete="address-line2" maxLength={200} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField {...text("city")} label="City" autoComplete="address-level2" maxLength={100} />
          <TextField {...text("state")} label="State, province or region" optional autoComplete="address-level1" maxLength={100} />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField {...text("postalCode")} label="Postal code" optional autoComplete="postal-code" maxLength={20} />
          <FieldFrame name="country" label="Country" problem={problems.country}>
            <select
              id="country"
              name="country"
              autoComplete="country"
              defaultValue={values.country ?? ""}
              className={invalidInputField}
              {...describedBy("country", problems.country, false)}
            >
              <option value="">Choose a country</option>
              {countries.map((country) => (
                <option key={country.code} value={country.code}>
                  {country.name}
                </option>
              ))}
            </select>
          </FieldFrame>
        </div>
      </fieldset>
      <TextField {...text("taxId")} label="Tax ID" optional maxLength={64} hint="For example a VAT number or NPWP; shown on your invoices." />
      <button type="submit" className={primaryButton} disabled={isPending}>
        Save billing details
      </button>
    </form>
  );
}
