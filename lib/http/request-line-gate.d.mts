// Types for request-line-gate.mjs (plain JavaScript, so scripts/serve.mjs can load it without a build).
export type RequestLineRefusal = { status: 400 | 405; message: string };
export function refuseRequestLine(method: string, rawPath: string, area: "api" | "portal"): RequestLineRefusal | null;
export function allowedMethods(area: "api" | "portal"): string;
