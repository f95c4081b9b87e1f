// One HTTP attempt of a webhook delivery: POST the body, success is a 2xx status within the timeout.
// Redirects are not followed (a 3xx is a failed attempt), and the response body is never read.
export const DELIVERY_TIMEOUT_MS = 10_000;
export const USER_AGENT = "Plugipay-Webhooks/1.0";
const MAX_ERROR_LENGTH = 500;

export type AttemptOutcome =
  | { ok: true; responseCode: number }
  | { ok: false; responseCode: number | null; error: string };

export async function postWebhook(
  url: string,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number = DELIVERY_TIMEOUT_MS,
): Promise<AttemptOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", "User-Agent": USER_AGENT, ...headers },
      body,
      redirect: "manual",
      signal: controller.signal,
    });
    void response.body?.cancel().catch(() => undefined);
    if (response.status >= 200 && response.status < 300) return { ok: true, responseCode: response.status };
    return { ok: false, responseCode: response.status, error: `HTTP ${response.status}` };
  } catch (error) {
    if (controller.signal.aborted) return { ok: false, responseCode: null, error: `timed out after ${timeoutMs}ms` };
    return { ok: false, responseCode: null, error: describeFailure(error) };
  } finally {
    clearTimeout(timer);
  }
}

/** fetch's "fetch failed" hides the reason in `cause` (e.g. "connect ECONNREFUSED 127.0.0.1:4000"). */
function describeFailure(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 3 && current instanceof Error; depth++) {
    if (current.message && !parts.includes(current.message)) parts.push(current.message);
    current = (current as Error & { cause?: unknown }).cause;
  }
  const text = parts.length > 0 ? parts.slice(-1)[0]! : String(error);
  return text.length > MAX_ERROR_LENGTH ? text.slice(0, MAX_ERROR_LENGTH) : text;
}
