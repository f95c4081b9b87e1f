// One labelled field of a portal form: its problem, when it has one, is shown under it, marked
// (aria-invalid) and read with it (aria-describedby), with any hint. Works in server and client forms.
import type { InputHTMLAttributes, ReactNode } from "react";
import { fieldLabel, inputField } from "../ui/styles";

export const fieldProblemText = "mt-1 text-sm font-medium text-red-800";
export const invalidInputField = `${inputField} aria-[invalid=true]:border-red-700 aria-[invalid=true]:border-2`;

type FieldProps = {
  name: string;
  label: string;
  problem?: string;
  hint?: ReactNode;
  /** The words that mark the field as optional, "(optional)" in the page's language; none for a required field. */
  optionalMark?: string;
};

/** The ids and attributes that tie a control to its problem and hint. */
export function describedBy(name: string, problem: string | undefined, hasHint: boolean) {
  const ids = [problem ? `${name}-problem` : null, hasHint ? `${name}-hint` : null].filter(Boolean).join(" ");
  return { "aria-invalid": problem ? true : undefined, "aria-describedby": ids || undefined } as const;
}

export function FieldFrame({ name, label, problem, hint, optionalMark, children }: FieldProps & { children: ReactNode }) {
  return (
    <div>
      <label htmlFor={name} className={fieldLabel}>
        {label}
        {optionalMark ? <span className="font-normal text-slate-700"> {optionalMark}</span> : null}
      </label>
      {hint ? (
        <p id={`${name}-hint`} className="mt-1 text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {children}
      {problem ? (
        <p id={`${name}-problem`} className={fieldProblemText}>
          {problem}
        </p>
      ) : null}
    </div>
  );
}

export function TextField({
  name,
  label,
  problem,
  hint,
  optionalMark,
  ...input
}: FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id" | "className">) {
  return (
    <FieldFrame name={name} label={label} problem={problem} hint={hint} optionalMark={optionalMark}>
      <input id={name} name={name} className={invalidInputField} {...describedBy(name, problem, Boolean(hint))} {...input} />
    </FieldFrame>
  );
}

/**
 * The one alert a failed submission shows: the form's own problem, or "Check the 2 fields marked
 * below.", both worded by the server action in the customer's language (app/portal/[sessionId]/form-action.ts).
 */
export function FormProblemSummary({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <div role="alert" className="mb-6 rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm font-medium text-red-900">
      {message}
    </div>
  );
}
