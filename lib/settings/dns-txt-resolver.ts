// The DNS look-up behind custom-domain verification, behind an interface that tests replace.
import { resolveTxt } from "node:dns/promises";

export type TxtResolver = (hostname: string) => Promise<string[]>;

const systemResolver: TxtResolver = async (hostname) => {
  try {
    return (await resolveTxt(hostname)).map((chunks) => chunks.join(""));
  } catch {
    return [];
  }
};

let resolver: TxtResolver = systemResolver;

export function txtRecords(hostname: string): Promise<string[]> {
  return resolver(hostname);
}

/** Tests only: answer DNS TXT look-ups from a fake. Pass null to restore the system resolver. */
export function useTxtResolver(fake: TxtResolver | null): void {
  resolver = fake ?? systemResolver;
}
