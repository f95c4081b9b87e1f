"use client";
// The add-card form (docs/api.md §7.7). Server-rendered and posted as a plain form before any script
// runs; with scripts, the action's answer (lib/portal/form-state.ts) shows every problem next to its
// field and keeps the expiry and default choice, while the number and security code start empty.
import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { FormProblemSummary, TextField } from "@/components/portal/form-field";
import { actionRow, primaryButton, secondaryButton } from "@/components/ui/styles";
import { EMPTY_FORM_STATE, decodeFormState } from "@/lib/portal/form-state";
import type { CardFormField } from "@/lib/payment-methods/card-form";
import { CardNumberField } from "./card-number-field";

type Props = {
  action: (previousState: string, form: FormData) => Promise<string>;
  cardsHref: string;
  brandNames: Record<string, string>;
};

export function AddCardForm({ action, cardsHref, brandNames }: Props) {
  const [encoded, formAction, isPending] = useActionState(action, EMPTY_FORM_STATE);
  const state = decodeFormState<CardFormField>(encoded, { expiry: "", makeDefault: "on" });
  const problems = state.problems;
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [encoded]);

  return (
    <form ref={formRef} action={formAction} className="mt-6 max-w-md space-y-4" autoComplete="on" noValidate>
      <FormProblemSummary problemCount={Object.keys(problems).length} message={state.message} />
      <CardNumberField problem={problems.number} brandNames={brandNames} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="expiry"
          label="Expiry (MM / YY)"
          problem={problems.expiry}
          defaultValue={state.values.expiry ?? ""}
          inputMode="numeric"
          autoComplete="cc-exp"
          placeholder="MM / YY"
          maxLength={9}
          required
        />
        <TextField name="cvc" label="Security code" problem={problems.cvc} inputMode="numeric" autoComplete="cc-csc" maxLength={4} required />
      </div>
      <div className="flex items-center gap-2">
        <input id="makeDefault" name="makeDefault" type="checkbox" defaultChecked={state.values.makeDefault === "on"} className="h-4 w-4" />
        <label htmlFor="makeDefault" className="text-sm">
          Use as my default card
        </label>
      </div>
      <div className={actionRow}>
        <button type="submit" className={primaryButton} disabled={isPending}>
          Add card
        </button>
        <Link href={cardsHref} prefetch={false} className={secondaryButton}>
          Cancel
        </Link>
      </div>
      <p className="text-sm text-slate-700">Your card details are checked by our payment processor; we never store the card number or security code.</p>
    </form>
  );
}
