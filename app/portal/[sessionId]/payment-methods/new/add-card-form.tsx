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

/** The form's words in the customer's language, translated by the page (client leaves carry no messages). */
export type AddCardText = {
  cardNumber: string;
  acceptedHint: string;
  /** "Card brand: Visa", for each brand accepted. */
  brandHints: Record<string, string>;
  expiry: string;
  expiryPlaceholder: string;
  cvc: string;
  makeDefault: string;
  submit: string;
  cancel: string;
  privacy: string;
};

type Props = { action: (previousState: string, form: FormData) => Promise<string>; cardsHref: string; text: AddCardText };

export function AddCardForm({ action, cardsHref, text }: Props) {
  const [encoded, formAction, isPending] = useActionState(action, EMPTY_FORM_STATE);
  const state = decodeFormState<CardFormField>(encoded, { expiry: "", makeDefault: "on" });
  const problems = state.problems;
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [encoded]);

  return (
    <form ref={formRef} action={formAction} className="mt-6 max-w-md space-y-4" autoComplete="on" noValidate>
      <FormProblemSummary message={state.message} />
      <CardNumberField problem={problems.number} label={text.cardNumber} acceptedHint={text.acceptedHint} brandHints={text.brandHints} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="expiry"
          label={text.expiry}
          problem={problems.expiry}
          defaultValue={state.values.expiry ?? ""}
          inputMode="numeric"
          autoComplete="cc-exp"
          placeholder={text.expiryPlaceholder}
          maxLength={9}
          required
        />
        <TextField name="cvc" label={text.cvc} problem={problems.cvc} inputMode="numeric" autoComplete="cc-csc" maxLength={4} required />
      </div>
      <div className="flex items-center gap-2">
        <input id="makeDefault" name="makeDefault" type="checkbox" defaultChecked={state.values.makeDefault === "on"} className="h-4 w-4" />
        <label htmlFor="makeDefault" className="text-sm">
          {text.makeDefault}
        </label>
      </div>
      <div className={actionRow}>
        <button type="submit" className={primaryButton} disabled={isPending}>
          {text.submit}
        </button>
        <Link href={cardsHref} prefetch={false} className={secondaryButton}>
          {text.cancel}
        </Link>
      </div>
      <p className="text-sm text-slate-700">{text.privacy}</p>
    </form>
  );
}
