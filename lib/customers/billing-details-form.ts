// The portal's billing-details form (docs/api.md §7.7): every field checked at once, with a message a
// customer understands next to each field that is wrong. The limits are the API's (§10.2).
import { z } from "zod";
import { problemsByField } from "../portal/form-state";
import { ADDRESS_LIMITS, COUNTRY_CODES, POSTAL_CODE_PATTERN, type AddressInputShape, type AddressShape } from "./address-schemas";

export const BILLING_DETAILS_FIELDS = ["name", "email", "line1", "line2", "city", "state", "postalCode", "country", "taxId"] as const;
export type BillingDetailsField = (typeof BILLING_DETAILS_FIELDS)[number];
export type BillingDetailsValues = Record<BillingDetailsField, string>;

/** What the portal saves: name and email always, an address or none, a tax ID or none. */
export type BillingDetails = { name: string; email: string; address: AddressInputShape | null; taxId: string | null };

const TAX_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9 .\-/]*$/;
const ADDRESS_PARTS = ["line1", "line2", "city", "state", "postalCode", "country"] as const;

const optionalText = (max: number, tooLong: string) => z.string().trim().max(max, tooLong);

const BillingDetailsForm = z
  .object({
    name: z.string().trim().min(1, "Enter the name to bill.").max(255, "Use at most 255 characters."),
    email: z
      .string()
      .trim()
      .min(1, "Enter the email address for billing.")
      .max(254, "Use at most 254 characters.")
      .pipe(z.email("Enter an email address like name@example.com.")),
    line1: optionalText(ADDRESS_LIMITS.line1, `Use at most ${ADDRESS_LIMITS.line1} characters.`),
    line2: optionalText(ADDRESS_LIMITS.line2, `Use at most ${ADDRESS_LIMITS.line2} characters.`),
    city: optionalText(ADDRESS_LIMITS.city, `Use at most ${ADDRESS_LIMITS.city} characters.`),
    state: optionalText(ADDRESS_LIMITS.state, `Use at most ${ADDRESS_LIMITS.state} characters.`),
    postalCode: optionalText(ADDRESS_LIMITS.postalCode, `Use at most ${ADDRESS_LIMITS.postalCode} characters.`).refine(
      (value) => value === "" || POSTAL_CODE_PATTERN.test(value),
      "Use only letters, digits, spaces and dashes.",
    ),
    country: z
      .string()
      .trim()
      .refine((value) => value === "" || COUNTRY_CODES.includes(value), "Choose a country from the list."),
    taxId: optionalText(64, "Use at most 64 characters.").refine(
      (value) => value === "" || TAX_ID_PATTERN.test(value),
      "Use only letters, digits, spaces, dots, dashes and slashes.",
    ),
  })
  .superRefine((form, context) => {
    // An address is all or nothing: once any part is given, street, city and country are needed.
    if (ADDRESS_PARTS.every((part) => form[part] === "")) return;
    if (form.line1 === "") context.addIssue({ code: "custom", path: ["line1"], message: "Enter the street address, or clear the whole address." });
    if (form.city === "") context.addIssue({ code: "custom", path: ["city"], message: "Enter the city, or clear the whole address." });
    if (form.country === "") context.addIssue({ code: "custom", path: ["country"], message: "Choose a country, or clear the whole address." });
  });

export type ParsedBillingDetails = { values: BillingDetailsValues } & (
  { ok: true; details: BillingDetails } | { ok: false; problems: Partial<Record<BillingDetailsField, string>> }
);

export function parseBillingDetailsForm(form: FormData): ParsedBillingDetails {
  const values = Object.fromEntries(BILLING_DETAILS_FIELDS.map((field) => [field, textOf(form.get(field))])) as BillingDetailsValues;
  const parsed = BillingDetailsForm.safeParse(values);
  if (!parsed.success) return { ok: false, values, problems: problemsByField<BillingDetailsField>(parsed.error.issues) };
  const { name, email, line1, line2, city, state, postalCode, country, taxId } = parsed.data;
  const address = line1 === "" ? null : { line1, line2: line2 || null, city, state: state || null, postalCode: postalCode || null, country };
  return { ok: true, values, details: { name, email, address, taxId: taxId || null } };
}

/** The form's values for what is stored now. */
export function billingDetailsValuesOf(customer: {
  name: string | null;
  email: string | null;
  taxId: string | null;
  address: AddressShape | null;
}): BillingDetailsValues {
  const address = customer.address;
  return {
    name: customer.name ?? "",
    email: customer.email ?? "",
    line1: address?.line1 ?? "",
    line2: address?.line2 ?? "",
    city: address?.city ?? "",
    state: address?.state ?? "",
    postalCode: address?.postalCode ?? "",
    country: address?.country ?? "",
    taxId: customer.taxId ?? "",
  };
}

/** A submitted field as text; anything longer than any field may be is cut, so it is never echoed whole. */
function textOf(value: FormDataEntryValue | null): string {
  return typeof value === "string" ? value.slice(0, 1000) : "";
}
