import "server-only";
import type { PaymentProcessor } from "./payment-processor";
import { testModeProcessor } from "./test-mode-processor";

export * from "./payment-processor";
export { TEST_CARDS, testModeProcessor, type TestCard, type TestCardBehaviour } from "./test-mode-processor";

export type ProcessorMode = "test" | "live";

// Live payment processing is out of scope: no real processor is integrated. The live processor
// exists so callers can be written against the mode now, and it fails loudly on any use rather
// than silently falling back to test mode.
const NO_LIVE_PROCESSOR = "No live payment processor is configured";

const liveProcessorPlaceholder: PaymentProcessor = {
  async tokenizeCard() {
    throw new Error(NO_LIVE_PROCESSOR);
  },
  async charge() {
    throw new Error(NO_LIVE_PROCESSOR);
  },
};

export function paymentProcessorFor(mode: ProcessorMode): PaymentProcessor {
  return mode === "test" ? testModeProcessor : liveProcessorPlaceholder;
}
