// List parameters shared by every list endpoint (contract §1): limit (default 50, max 100), cursor,
// and order (desc by default, as Plugipay's API).
import { z } from "zod";

export const ListQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(50).describe("Page size, 1 to 100 (default 50)."),
    cursor: z.string().min(1).max(64).optional().describe("The `meta.cursor` of the previous page."),
    order: z.enum(["asc", "desc"]).default("desc").describe("Creation order (default newest first)."),
  })
  .strict();

export type ListQueryShape = z.infer<typeof ListQuery>;

/** A list query schema with extra filters, still strict. */
export function listQueryWith<T extends z.ZodRawShape>(filters: T) {
  return ListQuery.extend(filters).strict();
}
