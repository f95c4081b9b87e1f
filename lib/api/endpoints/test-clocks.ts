// Test clocks (test mode only): move a workspace's billing clock forward and run billing at once.
import { defineEndpoint } from "../endpoint";
import { AdvanceTestClockBody, AdvanceTestClockResult, TestClockResource } from "../../billing/test-clock-schemas";
import { advanceTestClock, readTestClock } from "../../billing/test-clock";

const READ = "plugipay:subscriptions:read";
const WRITE = "plugipay:subscriptions:write";

export const testClocksEndpoints = [
  defineEndpoint({
    method: "GET",
    path: "/test/clocks",
    scope: READ,
    rateClass: "read",
    success: { status: 200, data: TestClockResource },
    summary: "Retrieve the test clock (test mode only): its offset and the billing now",
    async handle({ tenant }) {
      return { data: await readTestClock(tenant) };
    },
  }),
  defineEndpoint({
    method: "POST",
    path: "/test/clocks/advance",
    scope: WRITE,
    rateClass: "mutating",
    body: AdvanceTestClockBody,
    success: { status: 200, data: AdvanceTestClockResult },
    summary: "Advance the test clock by days or seconds and run billing (test mode only)",
    async handle({ tenant, body, requestId }) {
      return { data: await advanceTestClock(tenant, body, { workerId: `api:${requestId}` }) };
    },
  }),
];
