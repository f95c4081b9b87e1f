import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { CreatePortalSessionBody } from "../portal-sessions/portal-session-schemas";
import { parseJsonBody } from "./validation";

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

  it("refuses a body that is not JSON", () => {
    const error = validationFailure("customerId=cus_1");
    expect(error.code).toBe("VALIDATION_ERROR");
    expect(error.message).toMatch(/not valid JSON/);
  });
});
