// Types for strict-transport-security.mjs (plain JavaScript, so scripts/serve.mjs can load it without a build).
type HeaderReader = { get(name: string): string | null };
export const STRICT_TRANSPORT_SECURITY: string;
export function isHttpsRequest(url: string, headers: HeaderReader): boolean;
export function strictTransportSecurityHeaders(url: string, headers: HeaderReader): Record<string, string>;
