// Where an endpoint may point. Any mode: an absolute http(s) URL of at most 2048 characters with no
// credentials. Live mode: https only, and never a loopback, private or link-local address (test-mode
// endpoints may use http:// and loopback, for local development).
import { AppError } from "../errors";
import type { Mode } from "../tenancy";

export const MAX_URL_LENGTH = 2048;

/** Why `value` cannot be a webhook URL in `mode`, or null when it can. */
export function webhookUrlProblem(value: string, mode: Mode): string | null {
  if (value.length > MAX_URL_LENGTH) return `must be at most ${MAX_URL_LENGTH} characters`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "must be an absolute URL";
  }
  if (value.trim() !== value || url.hostname === "") return "must be an absolute URL";
  if (url.protocol !== "https:" && url.protocol !== "http:") return "must be an http:// or https:// URL";
  if (url.username !== "" || url.password !== "") return "must not contain credentials";
  if (mode === "live") {
    if (url.protocol !== "https:") return "must be an https:// URL for a live-mode endpoint";
    if (isInternalHost(url.hostname)) return "must not point to a loopback, private or link-local address in live mode";
  }
  return null;
}

export function assertWebhookUrlAllowed(value: string, mode: Mode): void {
  const problem = webhookUrlProblem(value, mode);
  if (problem) throw new AppError("VALIDATION_ERROR", `url: ${problem}`, { field: "url" });
}

function isInternalHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, "").replace(/\.$/, "");
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  const v4 = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(host);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
  }
  if (!host.includes(":")) return false;
  if (host === "::" || host === "::1") return true;
  if (/^f[cd][0-9a-f]{2}:/.test(host) || /^fe[89ab][0-9a-f]:/.test(host)) return true; // fc00::/7, fe80::/10
  const mapped = /^::ffff:(.+)$/.exec(host);
  return mapped ? isInternalHost(mapped[1] ?? "") || isMappedHexInternal(mapped[1] ?? "") : false;
}

/** `::ffff:7f00:1` (the WHATWG parser's form of ::ffff:127.0.0.1) as an IPv4 address. */
function isMappedHexInternal(rest: string): boolean {
  const parts = /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(rest);
  if (!parts) return false;
  const high = parseInt(parts[1] ?? "0", 16);
  const low = parseInt(parts[2] ?? "0", 16);
  return isInternalHost(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`);
}
