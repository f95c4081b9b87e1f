"use client";
// The card number field, with the card's brand shown as the number is typed ("Card brand: Visa"),
// read from the leading digits in the browser (lib/payment-methods/card-brand.ts); nothing typed
// leaves the page for it. Before scripts run it names the brands accepted, and the form works the same.
import { useState } from "react";
import { FieldFrame, describedBy, invalidInputField } from "@/components/portal/form-field";
import { detectBrand, normalizeCardNumber, type CardBrand } from "@/lib/payment-methods/card-brand";

type Props = { problem: string | undefined; label: string; acceptedHint: string; brandHints: Record<string, string> };

export function CardNumberField({ problem, label, acceptedHint, brandHints }: Props) {
  const [brand, setBrand] = useState<CardBrand>("unknown");
  const hint = (brand === "unknown" ? undefined : brandHints[brand]) ?? acceptedHint;
  return (
    <FieldFrame
      name="number"
      label={label}
      problem={problem}
      hint={
        <span aria-live="polite" aria-atomic="true">
          {hint}
        </span>
      }
    >
      <input
        id="number"
        name="number"
        inputMode="numeric"
        autoComplete="cc-number"
        maxLength={30}
        required
        className={invalidInputField}
        onChange={(event) => setBrand(detectBrand(normalizeCardNumber(event.currentTarget.value)))}
        {...describedBy("number", problem, true)}
      />
    </FieldFrame>
  );
}
