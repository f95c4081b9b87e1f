// Types for compress-response.mjs (plain JavaScript, so scripts/serve.mjs can load it without a build).
import type { IncomingMessage, ServerResponse } from "node:http";

export const MIN_COMPRESS_BYTES: number;
export function negotiateEncoding(header: string | string[] | undefined): "br" | "gzip" | "identity";
export function isCompressible(contentType: unknown): boolean;
export function compressResponse(request: IncomingMessage, response: ServerResponse): ServerResponse;
