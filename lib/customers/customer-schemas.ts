// Schemas of the customers API (docs/api.md §10): strict bodies, the list query, the customer object.
import { z } from "zod";
import { CreatedRangeFilters, listQueryWith } from "../api/list-query-schemas";
import { AccountId, Arn, CreatedAt, UpdatedAt } from "../api/resource-field-schemas";
import { AddressField, AddressInput } from "./address-schemas";
import { Metadata, MetadataField } from "./metadata-schemas";

const Email = z.email("must be a valid email address").max(254).describe("The customer's email address.");
const Name = z.string().min(1).max(255).describe("The customer's full name or business name.");
const Phone = z.string().min(1).max(32).describe("The customer's phone number.");
const ExternalId = z.string().min(1).max(255).describe("Your own identifier for this customer; unique within the workspace and mode.");
const TaxId = z.string().min(1).max(64).describe("The customer's tax identifier (e.g. NPWP).");

export const CreateCustomerBody = z
  .object({
    email: Email.optional(),
    name: Name.optional(),
    phone: Phone.optional(),
    externalId: ExternalId.optional(),
    taxId: TaxId.optional(),
    address: AddressInput.optional(),
    metadata: Metadata.optional(),
  })
  .strict();

export type CreateCustomerInput = z.infer<typeof CreateCustomerBody>;

/** Only the fields sent change; null clears a field. */
export const UpdateCustomerBody = z
  .object({
    email: Email.nullable().optional(),
    name: Name.nullable().optional(),
    phone: Phone.nullable().optional(),
    externalId: ExternalId.nullable().optional(),
    taxId: TaxId.nullable().optional(),
    address: AddressInput.nullable().optional().describe("Replaces the whole address; null clears it."),
    metadata: Metadata.nullable().optional().describe("Replaces the whole map; null clears it."),
    defaultPaymentTokenId: z
      .string()
      .min(1)
      .max(64)
      .nullable()
      .optional()
      .describe("A pm_… payment method of this customer (not detached) to charge by default; null clears it."),
  })
  .strict();

export type UpdateCustomerInput = z.infer<typeof UpdateCustomerBody>;

export const ListCustomersQuery = listQueryWith({
  email: z.string().min(1).max(254).optional().describe("Only customers with exactly this email address."),
  externalId: z.string().min(1).max(255).optional().describe("Only the customer with this externalId."),
  ...CreatedRangeFilters,
});

export type ListCustomersQueryShape = z.infer<typeof ListCustomersQuery>;
export type ListCustomersFilters = Pick<ListCustomersQueryShape, "email" | "externalId" | "createdAfter" | "createdBefore">;

/** What DELETE /customers/{id} answers (the official SDK reads no body back). */
export const DeletedCustomer = z
  .object({
    id: z.string().describe("The deleted customer's cus_… id."),
    deleted: z.literal(true).describe("Always true."),
  })
  .strict();

export type DeletedCustomer = z.input<typeof DeletedCustomer>;

/** The customer object; lib/customers/customer-resource.ts maps a row to it. */
export const CustomerResource = z
  .object({
    id: z.string().describe("cus_<ULID>, the customer's identifier."),
    arn: Arn,
    accountId: AccountId,
    externalId: z.string().nullable().describe("Your own identifier for this customer, or null."),
    email: z.string().nullable().describe("The customer's email address, or null."),
    name: z.string().nullable().describe("The customer's full name or business name, or null."),
    phone: z.string().nullable().describe("The customer's phone number, or null."),
    taxId: z.string().nullable().describe("The customer's tax identifier, or null."),
    address: AddressField,
    defaultPaymentTokenId: z.string().nullable().describe("The pm_… payment method charged by default, or null."),
    creditBalance: z
      .object({
        amount: z.number().int().describe("Credit owed to the customer in minor units (0 when none); applied to their next invoices in its currency."),
        currency: z.string().nullable().describe("ISO 4217 currency of the credit, or null when the customer never held any."),
      })
      .strict()
      .describe("The customer's credit balance, from downgrades in the portal (docs/api.md §10.2). Read-only."),
    metadata: MetadataField,
    createdAt: CreatedAt,
    updatedAt: UpdatedAt,
  })
  .strict();

export type CustomerResource = z.input<typeof CustomerResource>;
