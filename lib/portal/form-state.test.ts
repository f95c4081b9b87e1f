// A portal form's state as it travels between its server action and the page (lib/portal/form-state.ts).
import { describe, expect, it } from "vitest";
import { EMPTY_FORM_STATE, decodeFormState, encodeFormState, problemsByField } from "./form-state";

describe("form state", () => {
  it("shows the initial values before any submission, and for anything it cannot read", () => {
    for (const encoded of [
      EMPTY_FORM_STATE,
      "not json",
      '{"values":1}',
      "null",
      "[]",
      '{"values":{},"problems":{"name":1},"message":null}',
      '{"values":[],"problems":{},"message":null}',
      '{"values":{},"problems":{},"message":7}',
    ]) {
      expect(decodeFormState(encoded, { name: "Ada" })).toEqual({ values: { name: "Ada" }, problems: {}, message: null });
    }
  });

  it("round-trips the values, the problems and the message as a string", () => {
    const state = { values: { name: "", email: "ada@" }, problems: { name: "Enter the name to bill." }, message: null };
    const encoded = encodeFormState(state);
    expect(typeof encoded).toBe("string");
    expect(decodeFormState(encoded, { name: "Ada" })).toEqual(state);
  });

  it("keeps the first problem of each field", () => {
    const issues = [
      { path: ["email"], message: "first" },
      { path: ["email"], message: "second" },
      { path: ["city"], message: "city" },
      { path: [], message: "form-wide" },
    ];
    expect(problemsByField(issues)).toEqual({ email: "first", city: "city" });
  });
});
