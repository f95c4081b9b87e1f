// List parameters shared by every list endpoint (docs/api.md §1): limit (default 50, max 100), cursor,
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

const IsoInstant = z.union([z.iso.datetime({ offset: true }), z.iso.date()]);

/**
 * A time bound of a list filter as the official SDKs send it (docs/api.md §6.2): an ISO 8601 time
 * with an offset (`2026-12-01T09:30:00Z`, `…+07:00`), or a calendar date (`2026-12-01`, midnight UTC);
 * either may come wrapped in JSON quotes, as the SDK's generated `client.api.*` methods write a Date.
 * Parsed to the instant in canonical ISO 8601 (UTC, milliseconds), text the SDK's types can carry.
 */
export const TimeBound = z
  .string()
  .max(64)
  .transform((raw, context) => {
    const text = /^".*"$/.test(raw) ? raw.slice(1, -1) : raw;
    if (!IsoInstant.safeParse(text).success) {
      context.addIssue({ code: "custom", message: "must be an ISO 8601 time with an offset (2026-12-01T09:30:00Z) or a date (2026-12-01)" });
      return z.NEVER;
    }
    return new Date(text).toISOString();
  })
  .meta({ format: "date-time" });

/** createdAfter / createdBefore: only rows created strictly after / before these instants. */
export const CreatedRangeFilters = {
  createdAfter: TimeBound.optional().describe("Only objects created strictly after this time (ISO 8601, or a date)."),
  createdBefore: TimeBound.optional().describe("Only objects created strictly before this time (ISO 8601, or a date)."),
};

export type CreatedRange = { createdAfter?: string; createdBefore?: string };

/** The where-clause of a created range, to spread into a list's own where. */
export function createdWithin(range: CreatedRange): { createdAt?: { gt?: Date; lt?: Date } } {
  if (!range.createdAfter && !range.createdBefore) return {};
  return {
    createdAt: {
      ...(range.createdAfter ? { gt: new Date(range.createdAfter) } : {}),
      ...(range.createdBefore ? { lt: new Date(range.createdBefore) } : {}),
    },
  };
}
