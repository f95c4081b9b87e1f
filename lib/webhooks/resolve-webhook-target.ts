// Which address a delivery connects to (docs/api.md §8.9): the endpoint's host resolved once, at
// delivery time, and refused when it is internal by its spelling or when ANY address it resolves to
// is forbidden (lib/webhooks/webhook-target-guard.ts). Refusing on any (rather than picking a
// public one) leaves a name that mixes public and private records nothing to play with. The caller
// connects to the address returned here and never resolves the name again.
import { lookup as dnsLookup } from "node:dns/promises";
import { isIP } from "node:net";
import { forbiddenAddressReason, forbiddenHostReason } from "./webhook-target-guard";

export type ResolvedAddress = { address: string; family: 4 | 6 };
export type LookupAll = (hostname: string) => Promise<ResolvedAddress[]>;
export type TargetResolution = { ok: true; target: ResolvedAddress } | { ok: false; detail: string };

const systemLookup: LookupAll = async (hostname) => {
  const answers = await dnsLookup(hostname, { all: true, verbatim: true });
  return answers.map((answer) => ({ address: answer.address, family: answer.family === 6 ? 6 : 4 }));
};

/** The vetted address for a URL host (brackets already stripped), or why there is none (for server logs only). */
export async function resolveWebhookTarget(host: string, options: { allowPrivateTargets: boolean; lookup?: LookupAll }): Promise<TargetResolution> {
  const literalFamily = isIP(host);
  if (literalFamily !== 0) {
    const reason = options.allowPrivateTargets ? null : forbiddenAddressReason(host);
    return reason ? { ok: false, detail: `${host} ${reason}` } : { ok: true, target: { address: host, family: literalFamily === 6 ? 6 : 4 } };
  }
  const spelling = options.allowPrivateTargets ? null : forbiddenHostReason(host);
  if (spelling) return { ok: false, detail: `${host} ${spelling}` };
  let addresses: ResolvedAddress[];
  try {
    addresses = await (options.lookup ?? systemLookup)(host);
  } catch (error) {
    return { ok: false, detail: `lookup of ${host} failed: ${error instanceof Error ? error.message : String(error)}` };
  }
  const first = addresses[0];
  if (!first) return { ok: false, detail: `${host} resolves to no address` };
  if (!options.allowPrivateTargets) {
    for (const { address } of addresses) {
      const reason = forbiddenAddressReason(address);
      if (reason) return { ok: false, detail: `${host} resolves to ${address}, which ${reason}` };
    }
  }
  return { ok: true, target: first };
}
