// Request schemas of the customers API (contract §10): strict bodies, the list query.
import { z } from "zod";
import { listQueryWith } from "../api/list-query";
import { Metadata } from "./metadata-schema";

const Email = z.email("must be a valid email address").max(254).describe("The customer's email address.");
const Name = z.string().min(1).max(255).describe("The customer's full name or business name.");
const Phone = z.string().min(1).max(32).describe("The customer's phone number.");
const ExternalId = z
  .string()
  .min(1)
  .max(255)
  .describe("Your own identifier for this customer; unique within the workspace and mode.");
const TaxId = z.string().min(1).max(64).describe("The customer's tax identifier (e.g. NPWP).");

export const CreateCustomerBody = z
  .object({
    email: Email.optional(),
    name: Name.optional(),
    phone: Phone.optional(),
    externalId: ExternalId.optional(),
    taxId: TaxId.optional(),
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
});

export type ListCustomersQueryShape = z.infer<typeof ListCustomersQuery>;
export type ListCustomersFilters = Pick<ListCustomersQueryShape, "email" | "externalId">;
