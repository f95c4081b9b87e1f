// Schemas of POST /v1/portal-sessions (docs/api.md §7): the strict body and the portal session object.
import { z } from "zod";
import { AccountId, Arn, CreatedAt, Time } from "../api/resource-field-schemas";

export const PORTAL_SESSION_TTL_MS = 15 * 60 * 1000;

const ReturnUrl = z
  .string()
  .max(2048, "must be at most 2048 characters")
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === "https:" && url.hostname !== "" && url.username === "" && url.password === "";
    } catch {
      return false;
    }
  }, "must be an absolute https:// URL without credentials");

export const CreatePortalSessionBody = z
  .object({
    customerId: z.string().min(1, "is required").max(64).describe("The cus_… customer to bind this session to."),
    returnUrl: ReturnUrl.describe('Where "Back to <brand>" sends the customer. Must be https://.'),
  })
  .strict();

export type CreatePortalSessionInput = z.infer<typeof CreatePortalSessionBody>;

export const PortalSessionResource = z
  .object({
    id: z.string().describe("ps_<ULID>, the session identifier."),
    arn: Arn,
    accountId: AccountId,
    customerId: z.string().describe("The cus_… customer this session is bound to."),
    url: z.string().describe("The URL to give the customer; carries a signed token in its #t fragment."),
    returnUrl: z.string().describe('Where "Back to <brand>" sends the customer.'),
    expiresAt: Time.describe("Always createdAt + 15 minutes."),
    createdAt: CreatedAt,
  })
  .strict();

export type PortalSessionResource = z.input<typeof PortalSessionResource>;
