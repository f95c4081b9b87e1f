// The portal's billing-details form (docs/api.md §7.7): every field checked at once, with a message a
// customer understands next to each field that is wrong. The limits are the API's (§10.2).
import { z } from "zod";
import { problemsByField } from "../portal/form-state";
import { translator } from "../i18n/messages";
import { DEFAULT_LOCALE } from "../portal/negotiate-locale";
import { ADDRESS_LIMITS, COUNTRY_CODES, POSTAL_CODE_PATTERN, type AddressInputShape, type AddressShape } from "./address-schemas";

export const BILLING_DETAILS_FIELDS = ["name", "email", "line1", "line2", "city", "state", "postalCode", "country", "taxId"] as const;
export type BillingDetailsField = (typeof BILLING_DETAILS_FIELDS)[number];
export type BillingDetailsValues = Record<BillingDetailsField, string>;

/** What the portal saves: name and email always, an address or none, a tax ID or none. */
export type BillingDetails = { name: string; email: string; address: AddressInputShape | null; taxId: string | null };

const TAX_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9 .\-/]*$/;
const ADDRESS_PARTS = ["line1", "line2", "city", "state", "postalCode", "country"] as const;

type FormMessages = ReturnType<typeof translator<"billingDetailsForm">>;

/** The form's rules, with messages in one language (messages/*.json, `billingDetailsForm`). */
function billingDetailsSchema(t: FormMessages) {
  const optionalText = (max: number) => z.string().trim().max(max, t("tooLong", { max }));
  return z
    .object({
      name: z
        .string()
        .trim()
        .min(1, t("nameMissing"))
        .max(255, t("tooLong", { max: 255 })),
      email: z
        .string()
        .trim()
        .min(1, t("emailMissing"))
        .max(254, t("tooLong", { max: 254 }))
        .pipe(z.email(t("emailInvalid"))),
      line1: optionalText(ADDRESS_LIMITS.line1),
      line2: optionalText(ADDRESS_LIMITS.line2),
      city: optionalText(ADDRESS_LIMITS.city),
      state: optionalText(ADDRESS_LIMITS.state),
      postalCode: optionalText(ADDRESS_LIMITS.postalCode).refine((value) => value === "" || POSTAL_CODE_PATTERN.test(value), t("postalCode")),
      country: z
        .string()
        .trim()
        .refine((value) => value === "" || COUNTRY_CODES.includes(value), t("countryUnknown")),
      taxId: optionalText(64).refine((value) => value === "" || TAX_ID_PATTERN.test(value), t("taxId")),
    })
    .superRefine((form, context) => {
      // An address is all or nothing: once any part is given, street, city and country are needed.
      if (ADDRESS_PARTS.every((part) => form[part] === "")) return;
      if (form.line1 === "") context.addIssue({ code: "custom", path: ["line1"], message: t("line1Missing") });
      if (form.city === "") context.addIssue({ code: "custom", path: ["city"], message: t("cityMissing") });
      if (form.country === "") context.addIssue({ code: "custom", path: ["country"], message: t("countryMissing") });
    });
}

export type ParsedBillingDetails = { values: BillingDetailsValues } & (
  { ok: true; details: BillingDetails } | { ok: false; problems: Partial<Record<BillingDetailsField, string>> }
);

/** Every problem at once, worded in the language of `locale`. */
export function parseBillingDetailsForm(form: FormData, locale: string = DEFAULT_LOCALE): ParsedBillingDetails {
  const values = Object.fromEntries(BILLING_DETAILS_FIELDS.map((field) => [field, textOf(form.get(field))])) as BillingDetailsValues;
  const parsed = billingDetailsSchema(translator(locale, "billingDetailsForm")).safeParse(values);
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
