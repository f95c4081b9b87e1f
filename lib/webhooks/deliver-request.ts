// One HTTP attempt of a webhook delivery: POST the body, success is a 2xx status within the timeout.
// Redirects are not followed (a 3xx is a failed attempt), and the response body is never read.
// The host is resolved and vetted once (lib/webhooks/resolve-webhook-target.ts) and the socket
// connects to that very address: the request's lookup answers with it, so nothing resolves the
// name again between the check and the connect, while TLS (SNI, certificate) and Host keep the name.
// What a merchant sees of a failure is generic ("connection failed"): which address a name
// resolved to, or that a port was closed, stays in the server's log (docs/api.md §8.9).
import { request as httpRequest, type ClientRequest, type IncomingMessage, type RequestOptions } from "node:http";
import { request as httpsRequest } from "node:https";
import type { LookupFunction } from "node:net";
import { resolveWebhookTarget, type LookupAll, type ResolvedAddress } from "./resolve-webhook-target";

export const DELIVERY_TIMEOUT_MS = 10_000;
export const USER_AGENT = "Plugipay-Webhooks/1.0";
/** The one message for a refused target, a failed lookup and a failed connection alike. */
export const CONNECTION_FAILED = "connection failed";
const MAX_DETAIL_LENGTH = 500;

export type AttemptOutcome =
  | { ok: true; responseCode: number }
  /** `error` is shown to the merchant; `detail`, when present, is for the server's log only. */
  | { ok: false; responseCode: number | null; error: string; detail?: string };

export type PostOptions = { timeoutMs?: number; allowPrivateTargets: boolean; lookup?: LookupAll };

export async function postWebhook(url: string, body: string, headers: Record<string, string>, options: PostOptions): Promise<AttemptOutcome> {
  const timeoutMs = options.timeoutMs ?? DELIVERY_TIMEOUT_MS;
  const target = new URL(url);
  const host = target.hostname.replace(/^\[|\]$/g, "");
  const resolution = await resolveWebhookTarget(host, options);
  if (!resolution.ok) return { ok: false, responseCode: null, error: CONNECTION_FAILED, detail: `target refused: ${resolution.detail}` };
  const requestOptions: RequestOptions = {
    method: "POST",
    hostname: host,
    port: target.port || undefined,
    path: `${target.pathname}${target.search}`,
    headers: { "Content-Type": "application/json", "User-Agent": USER_AGENT, "Content-Length": String(Buffer.byteLength(body)), ...headers },
    lookup: pinnedLookup(resolution.target),
    agent: false,
  };
  return send(target.protocol === "https:" ? httpsRequest : httpRequest, requestOptions, body, timeoutMs);
}

/** A lookup that answers every query with the vetted address, in either calling convention. */
function pinnedLookup(vetted: ResolvedAddress): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: vetted.address, family: vetted.family }]);
    else callback(null, vetted.address, vetted.family);
  };
}

type RequestFunction = (options: RequestOptions, callback: (response: IncomingMessage) => void) => ClientRequest;

function send(request: RequestFunction, options: RequestOptions, body: string, timeoutMs: number): Promise<AttemptOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: AttemptOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const outgoing = request(options, (response) => {
      const status = response.statusCode ?? 0;
      response.destroy();
      if (status >= 200 && status < 300) finish({ ok: true, responseCode: status });
      else finish({ ok: false, responseCode: status, error: `HTTP ${status}` });
    });
    const timer = setTimeout(() => {
      finish({ ok: false, responseCode: null, error: `timed out after ${timeoutMs}ms` });
      outgoing.destroy();
    }, timeoutMs);
    outgoing.on("error", (error) => finish({ ok: false, responseCode: null, error: CONNECTION_FAILED, detail: describeFailure(error) }));
    outgoing.end(body);
  });
}

function describeFailure(error: Error): string {
  const code = (error as Error & { code?: unknown }).code;
  const text = typeof code === "string" && !error.message.includes(code) ? `${code}: ${error.message}` : error.message;
  return text.slice(0, MAX_DETAIL_LENGTH);
}
