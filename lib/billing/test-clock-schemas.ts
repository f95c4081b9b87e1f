// Schemas of the test clock API (test mode only): the advance body and the clock objects.
import { z } from "zod";
import { AccountId, Time } from "../api/resource-field-schemas";
import { SubscriptionResource } from "../subscriptions/subscription-schemas";

export const AdvanceTestClockBody = z
  .object({
    subscriptionId: z
      .string()
      .regex(/^sub_[0-9A-Za-z]{1,40}$/, "must be a sub_… id")
      .optional()
      .describe("A subscription of this account to return, as it is after billing has run."),
    days: z.number().int().min(1).max(3650).optional().describe("Days to move the clock forward (give days or seconds)."),
    seconds: z.number().int().min(1).max(315_360_000).optional().describe("Seconds to move the clock forward (give days or seconds)."),
  })
  .strict()
  .superRefine((body, context) => {
    if ((body.days === undefined) === (body.seconds === undefined)) {
      context.addIssue({ code: "custom", path: [body.days === undefined ? "days" : "seconds"], message: "give exactly one of days or seconds" });
    }
  });

export type AdvanceTestClockInput = z.infer<typeof AdvanceTestClockBody>;

/** A workspace's test clock; lib/billing/test-clock.ts reads it. */
export const TestClockResource = z
  .object({
    accountId: AccountId,
    testClockOffsetMs: z.number().int().describe("How far the billing clock runs ahead of real time, in milliseconds."),
    now: Time.describe("The billing now: real time plus the offset."),
  })
  .strict();

export type TestClockResource = z.input<typeof TestClockResource>;

/** The clock after an advance, with how many subscriptions billing processed. */
export const AdvanceTestClockResult = TestClockResource.extend({
  processed: z.number().int().describe("Subscriptions that billing processed after the move."),
  subscription: SubscriptionResource.optional().describe("The subscriptionId asked for, as it is after billing ran."),
}).strict();

export type AdvanceTestClockResult = z.input<typeof AdvanceTestClockResult>;
