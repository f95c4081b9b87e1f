// The body of action routes that take no fields (docs/api.md §10): the official SDKs send `{}` or no
// body at all, which lib/api/validation.ts parses as `{}`; any field is refused by name.
import { z } from "zod";

export const EmptyBody = z.object({}).strict().describe("No fields: send {} or no body at all.");
