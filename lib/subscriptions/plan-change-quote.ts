// A signed plan-change quote: what the preview showed, so that the confirmation charges exactly
// that amount or refuses. HS256 (jose) with its own derived key; valid for 10 minutes.
import "server-only";
import { SignJWT, jwtVerify } from "jose";
import { z } from "zod";
import { derivedKey } from "../crypto/keys";

export const QUOTE_TTL_MS = 10 * 60 * 1000;

const QuoteClaims = z.object({
  subscriptionId: z.string(),
  customerId: z.string(),
  fromPriceId: z.string(),
  toPriceId: z.string(),
  currency: z.string(),
  credit: z.number().int(),
  charge: z.number().int(),
  net: z.number().int(),
  prorationDate: z.number().int(),
  periodEnd: z.number().int(),
  /** "now" (prorated) or "period_end": a downgrade scheduled for the period end, nothing charged or credited. */
  timing: z.enum(["now", "period_end"]),
});

export type PlanChangeQuote = z.infer<typeof QuoteClaims>;

export async function signQuote(quote: PlanChangeQuote, issuedAt: Date): Promise<string> {
  return new SignJWT(quote)
    .setProtectedHeader({ alg: "HS256", typ: "plan-change-quote+jwt" })
    .setIssuedAt(Math.floor(issuedAt.getTime() / 1000))
    .setExpirationTime(Math.floor((issuedAt.getTime() + QUOTE_TTL_MS) / 1000))
    .sign(derivedKey("plan-change-quote"));
}

/** The quote, or null when it is forged, altered or older than 10 minutes (judged at `at`). */
export async function readQuote(token: string, at: Date): Promise<PlanChangeQuote | null> {
  try {
    const { payload } = await jwtVerify(token, derivedKey("plan-change-quote"), {
      algorithms: ["HS256"],
      typ: "plan-change-quote+jwt",
      currentDate: at,
    });
    const parsed = QuoteClaims.safeParse(payload);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
