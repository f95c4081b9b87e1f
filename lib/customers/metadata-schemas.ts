// Merchant metadata on customers, plans and subscriptions: a flat map of strings, as Plugipay's SDKs type it.
import { z } from "zod";

export const MAX_METADATA_KEYS = 50;

export const Metadata = z
  .record(
    z.string().min(1, "keys must not be empty").max(40, "keys must be at most 40 characters"),
    z.string().max(500, "values must be at most 500 characters"),
  )
  .refine((metadata) => Object.keys(metadata).length <= MAX_METADATA_KEYS, `must have at most ${MAX_METADATA_KEYS} keys`)
  .describe("Up to 50 string key-value pairs for your own use.");

export type MetadataShape = z.infer<typeof Metadata>;

/** Metadata as resource objects show it. */
export const MetadataField = z.record(z.string(), z.string()).nullable().describe("Your string key-value pairs, or null when there are none.");

/** How metadata is stored: JSON text, or null when there is none. */
export function storedMetadata(metadata: MetadataShape | null | undefined): string | null {
  return metadata ? JSON.stringify(metadata) : null;
}
