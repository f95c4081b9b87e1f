// One labelled field of a portal form: its problem, when it has one, is shown under it, marked
// (aria-invalid) and read with it (aria-describedby), with any hint. Works in server and client forms.
import type { InputHTMLAttributes, ReactNode } from "react";
import { fieldLabel, inputField } from "../ui/styles";

export const fieldProblemText = "mt-1 text-sm font-medium text-red-800";
export const invalidInputField = `${inputField} aria-[invalid=true]:border-red-700 aria-[invalid=true]:border-2`;

type FieldProps = { name: string; label: string; problem?: string; hint?: ReactNode; optional?: boolean };

/** The ids and attributes that tie a control to its problem and hint. */
export function describedBy(name: string, problem: string | undefined, hasHint: boolean) {
  const ids = [problem ? `${name}-problem` : null, hasHint ? `${name}-hint` : null].filter(Boolean).join(" ");
  return { "aria-invalid": problem ? true : undefined, "aria-describedby": ids || undefined } as const;
}

export function FieldFrame({ name, label, problem, hint, optional, children }: FieldProps & { children: ReactNode }) {
  return (
    <div>
      <label htmlFor={name} className={fieldLabel}>
        {label}
        {optional ? <span className="font-normal text-slate-700"> (optional)</span> : null}
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
  optional,
  ...input
}: FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id" | "className">) {
  return (
    <FieldFrame name={name} label={label} problem={problem} hint={hint} optional={optional}>
      <input id={name} name={name} className={invalidInputField} {...describedBy(name, problem, Boolean(hint))} {...input} />
    </FieldFrame>
  );
}

/** "Check the 2 fields marked below." or the form's own problem: the one alert a failed submission shows. */
export function FormProblemSummary({ problemCount, message }: { problemCount: number; message: string | null }) {
  if (problemCount === 0 && !message) return null;
  const text = message ?? (problemCount === 1 ? "Check the field marked below." : `Check the ${problemCount} fields marked below.`);
  return (
    <div role="alert" className="mb-6 rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm font-medium text-red-900">
      {text}
    </div>
  );
}
