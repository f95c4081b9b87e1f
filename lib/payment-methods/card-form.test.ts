// The add-card form's parsing (docs/api.md §7.7): expiry spellings, every problem at once, and the
// number and security code never handed back to be shown again.
import { describe, expect, it } from "vitest";
import { parseCardForm, parseExpiry } from "./card-form";

const NOW = new Date("2026-12-02T12:00:00Z");

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

describe("parseExpiry", () => {
  it.each(["08/29", "08 / 29", "8/29", "08-29", "0829", "08/2029", "082029", " 08/29 "])("%j is August 2029", (text) => {
    expect(parseExpiry(text)).toEqual({ month: 8, year: 2029 });
  });

  it.each(["", "829", "13/29", "00/29", "0029", "1329", "08/2", "08/029", "ab/cd", "08//29", "08 29 1", "8-2029x"])("%j is not an expiry", (text) => {
    expect(parseExpiry(text)).toBeNull();
  });
});

describe("parseCardForm", () => {
  it("accepts a good card with the expiry typed without a slash", () => {
    const parsed = parseCardForm(form({ number: "4242 4242 4242 4242", expiry: "0829", cvc: "123", makeDefault: "on" }), NOW);
    expect(parsed).toEqual({
      ok: true,
      values: { expiry: "0829", makeDefault: "on" },
      card: { number: "4242424242424242", expMonth: 8, expYear: 2029, cvc: "123" },
      makeDefault: true,
    });
  });

  it("reports every problem at once, one per field", () => {
    const parsed = parseCardForm(form({ number: "4242 4242 4242 4241", expiry: "01/20", cvc: "12" }), NOW);
    expect(parsed).toEqual({
      ok: false,
      values: { expiry: "01/20", makeDefault: "" },
      problems: {
        number: "Your card number is incorrect.",
        expiry: "Your card has expired.",
        cvc: "Your card's security code is invalid.",
      },
    });
  });

  it("asks for each missing field and for an expiry it cannot read", () => {
    expect(parseCardForm(form({}), NOW)).toMatchObject({
      ok: false,
      problems: { number: "Enter your card number.", expiry: "Enter the expiry date.", cvc: "Enter the security code." },
    });
    expect(parseCardForm(form({ number: "4242424242424242", expiry: "13/29", cvc: "123" }), NOW)).toMatchObject({
      ok: false,
      problems: { expiry: "Enter the expiry date as MM / YY, for example 08 / 29." },
    });
  });

  it("holds an American Express card to its four-digit security code", () => {
    const amex = (cvc: string) => parseCardForm(form({ number: "3782 822463 10005", expiry: "12/34", cvc }), NOW);
    expect(amex("123")).toMatchObject({ ok: false, problems: { cvc: "Your card's security code is invalid." } });
    expect(amex("1234")).toMatchObject({ ok: true, card: { cvc: "1234" } });
  });

  it("words its problems in Bahasa Indonesia for an Indonesian customer", () => {
    expect(parseCardForm(form({ number: "4242 4242 4242 4241", expiry: "01/20" }), NOW, "id-ID")).toMatchObject({
      ok: false,
      problems: { number: "Nomor kartu Anda salah.", expiry: "Kartu Anda sudah kedaluwarsa.", cvc: "Masukkan kode keamanan." },
    });
  });

  it("never hands back the card number or security code to show again", () => {
    const parsed = parseCardForm(form({ number: "4242 4242 4242 4242", expiry: "nope", cvc: "123", makeDefault: "on" }), NOW);
    expect(parsed.ok).toBe(false);
    expect(JSON.stringify(parsed)).not.toMatch(/4242|"123"/);
    expect(Object.keys(parsed.values)).toEqual(["expiry", "makeDefault"]);
  });
});
