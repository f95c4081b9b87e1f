// Fields that resource objects share (docs/api.md §1): times are ISO 8601 UTC with milliseconds,
// ARNs are arn:plugipay:<accountId>:<resource-type>/<id>. Pure zod, for the *-schemas.ts modules.
import { z } from "zod";

export const AccountId = z.string().describe("The acc_… account the object belongs to.");

export const Arn = z.string().describe("arn:plugipay:<accountId>:<resource-type>/<id>.");

export const Time = z.iso.datetime().describe("ISO 8601 UTC time with milliseconds.");

/** A time that may not have happened (yet): null until then. */
export const NullableTime = Time.nullable();

export const CreatedAt = Time.describe("When the object was created.");

export const UpdatedAt = Time.describe("When the object last changed.");
