import { z } from "zod";

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
