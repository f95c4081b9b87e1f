import { z } from "zod";

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
    id: z.string().describe("ps_<ulid>, the session identifier."),
    arn: z.string(),
    accountId: z.string(),
    customerId: z.string(),
    url: z.string().describe("The URL to give the customer; carries a signed token in its #t fragment."),
    returnUrl: z.string(),
    expiresAt: z.string().describe("Always createdAt + 15 minutes."),
    createdAt: z.string(),
  })
  .strict();

export type PortalSessionResourceShape = z.infer<typeof PortalSessionResource>;
