// What a log line may say about an error from delivery or worker code: its name and reason only.
// Never the stack, attached data, or the arguments Prisma echoes in a validation error's message
// (they could hold a webhook body).
const MAX_LENGTH = 500;

export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error).slice(0, MAX_LENGTH);
  let message = error.message;
  if (error.name === "PrismaClientValidationError") {
    message =
      message
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean)
        .at(-1) ?? "";
  }
  return `${error.name}: ${message}`.slice(0, MAX_LENGTH);
}
