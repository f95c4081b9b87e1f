// What a request body must be (docs/api.md §6.1): when there is one, `Content-Type: application/json`
// (parameters allowed, but a charset other than UTF-8 is not), else 415 unsupported_media_type; and
// its bytes valid UTF-8, else 400 VALIDATION_ERROR (JSON is UTF-8, RFC 8259 §8.1; a decoder that
// replaced bad bytes with U+FFFD would store text the client never sent).
import { AppError } from "../errors";

export function assertJsonBody(headers: Headers, rawBody: Uint8Array): void {
  if (rawBody.length === 0) return;
  const contentType = headers.get("content-type");
  if (!isJsonMediaType(contentType)) {
    throw new AppError("unsupported_media_type", "Request bodies must be JSON sent with Content-Type: application/json", {
      details: { contentType: contentType === null ? null : contentType.slice(0, 100) },
    });
  }
  if (!isValidUtf8(rawBody)) throw new AppError("VALIDATION_ERROR", "The request body is not valid UTF-8");
}

function isJsonMediaType(contentType: string | null): boolean {
  if (contentType === null) return false;
  const [essence, ...parameters] = contentType.split(";").map((part) => part.trim().toLowerCase());
  if (essence !== "application/json") return false;
  return parameters.every((parameter) => !parameter.startsWith("charset=") || /^charset="?utf-8"?$/.test(parameter));
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
