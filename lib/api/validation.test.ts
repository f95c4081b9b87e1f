import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { CreatePortalSessionBody } from "../portal-sessions/portal-session-schemas";
import { z } from "zod";
import { parseJsonBody, parseQuery } from "./validation";

const encode = (value: string) => new TextEncoder().encode(value);

function validationFailure(raw: string): AppError {
  try {
    parseJsonBody(CreatePortalSessionBody, encode(raw));
  } catch (error) {
    if (error instanceof AppError) return error;
  }
  throw new Error("expected a validation error");
}

describe("strict body validation", () => {
  it("accepts the seed's body", () => {
    expect(parseJsonBody(CreatePortalSessionBody, encode('{"customerId":"cus_1","returnUrl":"https://a.example/x"}'))).toEqual({
      customerId: "cus_1",
      returnUrl: "https://a.example/x",
    });
  });

  it("names an unknown field", () => {
    const error = validationFailure('{"customerId":"cus_1","returnUrl":"https://a.example","features":{}}');
    expect(error.code).toBe("VALIDATION_ERROR");
    expect(error.field).toBe("features");
  });

  it.each([
    ['{"customerId":"cus_1","returnUrl":"http://a.example"}', "returnUrl"],
    ['{"customerId":"cus_1","returnUrl":"https://user:pw@a.example"}', "returnUrl"],
    ['{"customerId":"cus_1","returnUrl":"/relative"}', "returnUrl"],
    [`{"customerId":"cus_1","returnUrl":"https://a.example/${"x".repeat(2040)}"}`, "returnUrl"],
    ['{"customerId":42,"returnUrl":"https://a.example"}', "customerId"],
    ['{"returnUrl":"https://a.example"}', "customerId"],
  ])("refuses %s on %s", (raw, field) => {
    expect(validationFailure(raw).field).toBe(field);
  });

  it("refuses a NUL character anywhere in the body, naming where (PostgreSQL cannot store it)", () => {
    const error = validationFailure('{"customerId":"cus_1","returnUrl":"https://a.example","metadata":{"note":"a\\u0000b"}}');
    expect(error.code).toBe("VALIDATION_ERROR");
    expect(error.field).toBe("metadata.note");
  });

  it.each([
    ['{"customerId":"cus_1","returnUrl":"https://a.example","metadata":{"note":"\\ud800"}}', "metadata.note"],
    ['{"customerId":"cus_1","returnUrl":"https://a.example","metadata":{"x\\udfffy":"b"}}', "metadata.x\udfffy"],
  ])("refuses a lone surrogate in %s, naming %s (no UTF-8 column can store it)", (raw, field) => {
    const error = validationFailure(raw);
    expect(error.code).toBe("VALIDATION_ERROR");
    expect(error.field).toBe(field);
  });

  it("accepts a surrogate pair (an emoji) in a string", () => {
    expect(parseJsonBody(z.object({ note: z.string() }), encode('{"note":"\\ud83d\\ude00"}'))).toEqual({ note: "\u{1F600}" });
  });

  it("refuses a NUL character in a query parameter", () => {
    expect(() => parseQuery(z.object({ email: z.string() }), new URLSearchParams("email=a%00b"))).toThrow(
      expect.objectContaining({ code: "VALIDATION_ERROR", field: "email" }),
    );
  });

  it("refuses a body that is not JSON", () => {
    const error = validationFailure("customerId=cus_1");
    expect(error.code).toBe("VALIDATION_ERROR");
    expect(error.message).toMatch(/not valid JSON/);
  });
});
