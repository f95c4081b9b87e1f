import { afterEach, describe, expect, it } from "vitest";
import { freezeClock, resetClock } from "../clock";
import { billingNow } from "./billing-clock";

afterEach(() => resetClock());

describe("billing clock", () => {
  it("runs ahead by the workspace's offset in test mode, never in live mode", () => {
    freezeClock(new Date("2026-05-12T10:42:00.000Z"));
    const workspace = { testClockOffsetMs: 86_400_000 };
    expect(billingNow(workspace, "test").toISOString()).toBe("2026-05-13T10:42:00.000Z");
    expect(billingNow(workspace, "live").toISOString()).toBe("2026-05-12T10:42:00.000Z");
    expect(billingNow({ testClockOffsetMs: 0 }, "test").toISOString()).toBe("2026-05-12T10:42:00.000Z");
  });
});
