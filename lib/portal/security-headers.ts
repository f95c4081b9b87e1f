// Headers on every portal response: a nonce-based CSP without unsafe-inline, no framing, no
// referrer, no indexing.
import { randomBytes } from "node:crypto";

export function newCspNonce(): string {
  return randomBytes(16).toString("base64");
}

export function portalSecurityHeaders(nonce: string, options: { isDevelopment: boolean }): Record<string, string> {
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.isDevelopment ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' https: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  return {
    "Content-Security-Policy": csp,
    // same-origin, not no-referrer: under no-referrer a browser posts a form without scripts with
    // "Origin: null", which Next.js refuses, and no other origin is sent a Referer either way (docs/api.md §7.6).
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "X-Robots-Tag": "noindex, nofollow",
  };
}
