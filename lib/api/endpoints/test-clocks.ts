// Test clocks (test mode only): move a workspace's billing clock forward and run billing at once.
import type { z } from "zod";
import { defineEndpoint, endpointList } from "../endpoint";
import { AdvanceTestClockBody } from "../../billing/test-clock-schemas";
import { advanceTestClock, readTestClock } from "../../billing/test-clock";

const READ = "plugipay:subscriptions:read";
const WRITE = "plugipay:subscriptions:write";

export const testClocksEndpoints = endpointList(
  defineEndpoint({
    method: "GET", path: "/test/clocks", scope: READ, rateClass: "read",
    summary: "Retrieve the test clock (test mode only): its offset and the billing now",
    async handle({ tenant }) {
      return { status: 200, data: await readTestClock(tenant) };
    },
  }),
  defineEndpoint<z.infer<typeof AdvanceTestClockBody>>({
    method: "POST", path: "/test/clocks/advance", scope: WRITE, rateClass: "mutating", body: AdvanceTestClockBody,
    summary: "Advance the test clock by days or seconds and run billing (test mode only)",
    async handle({ tenant, body, requestId }) {
      return { status: 200, data: await advanceTestClock(tenant, body, { workerId: `api:${requestId}` }) };
    },
  }),
);
