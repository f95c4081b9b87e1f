// Plan-change proration (docs/decisions/0005-proration.md): the customer is credited for the unused
// part of the current period at the old price and charged for the same remaining part at the new
// price; the billing date does not move. Integer minor units, computed exactly with BigInt and
// rounded half up, so the preview and the charge always agree.
export type ProrationInput = {
  currentUnitAmount: number;
  newUnitAmount: number;
  periodStart: Date;
  periodEnd: Date;
  /** The instant the change takes effect (the quote's proration date). */
  at: Date;
};

export type Proration = {
  /** Credit for the unused part of the current price (≥ 0). */
  credit: number;
  /** Charge for the new price over the same remaining part (≥ 0). */
  charge: number;
  /** charge − credit: positive is owed now, negative becomes customer credit. */
  net: number;
  remainingMs: number;
  periodMs: number;
};

export function prorate(input: ProrationInput): Proration {
  const periodMs = input.periodEnd.getTime() - input.periodStart.getTime();
  if (periodMs <= 0) throw new Error("A billing period must have a positive length");
  const remainingMs = Math.min(periodMs, Math.max(0, input.periodEnd.getTime() - input.at.getTime()));
  const credit = proportion(input.currentUnitAmount, remainingMs, periodMs);
  const charge = proportion(input.newUnitAmount, remainingMs, periodMs);
  return { credit, charge, net: charge - credit, remainingMs, periodMs };
}

/** amount × part ÷ whole, rounded half up, without floating point. */
export function proportion(amount: number, part: number, whole: number): number {
  if (!Number.isInteger(amount) || amount < 0) throw new Error("Amounts are non-negative integer minor units");
  const numerator = BigInt(amount) * BigInt(Math.round(part));
  const denominator = BigInt(Math.round(whole));
  return Number((numerator * 2n + denominator) / (denominator * 2n));
}
