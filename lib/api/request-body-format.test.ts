import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { assertJsonBody } from "./request-body-format";

const bytes = (text: string) => new TextEncoder().encode(text);
const refusal = (contentType: string | null, body: Uint8Array) => {
  try {
    assertJsonBody(new Headers(contentType === null ? {} : { "Content-Type": contentType }), body);
    return null;
  } catch (error) {
    return error instanceof AppError ? { status: error.status, code: error.code } : error;
  }
};

describe("request body format", () => {
  it.each(["application/json", "application/json; charset=utf-8", "Application/JSON;Charset=UTF-8", 'application/json; charset="utf-8"'])(
    "accepts %s",
    (contentType) => {
      expect(refusal(contentType, bytes('{"name":"Ada"}'))).toBeNull();
    },
  );

  it.each([
    null,
    "text/plain",
    "text/plain;charset=UTF-8",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    "application/jsonx",
    "application/json; charset=latin1",
    "",
  ])("answers 415 unsupported_media_type for a body sent as %s", (contentType) => {
    expect(refusal(contentType, bytes("{}"))).toEqual({ status: 415, code: "unsupported_media_type" });
  });

  it("asks nothing of a request without a body", () => {
    expect(refusal(null, new Uint8Array())).toBeNull();
    expect(refusal("text/plain", new Uint8Array())).toBeNull();
  });

  it.each([
    ["a lone continuation byte", [0x7b, 0x80, 0x7d]],
    ["an overlong encoding of '/'", [0x22, 0xc0, 0xaf, 0x22]],
    ["a UTF-16 surrogate", [0x22, 0xed, 0xa0, 0x80, 0x22]],
    ["a truncated sequence", [0x22, 0xe2, 0x82, 0x22]],
    ["a byte never valid in UTF-8", [0x22, 0xff, 0x22]],
  ])("answers 400 VALIDATION_ERROR for %s", (_, sequence) => {
    expect(refusal("application/json", Uint8Array.from(sequence))).toEqual({ status: 400, code: "VALIDATION_ERROR" });
  });

  it("accepts multi-byte UTF-8", () => {
    expect(refusal("application/json", bytes('{"name":"Zoë 🐈 日本"}'))).toBeNull();
  });
});
