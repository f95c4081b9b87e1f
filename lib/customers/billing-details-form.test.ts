// The portal's billing-details form (docs/api.md §7.7): every problem at once, next to its field,
// what was typed kept, an address all or nothing.
import { describe, expect, it } from "vitest";
import { billingDetailsValuesOf, parseBillingDetailsForm } from "./billing-details-form";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const FULL = {
  name: " Ada Lovelace ",
  email: "ada@example.com",
  line1: "12 St James's Square",
  line2: "",
  city: "London",
  state: "",
  postalCode: "SW1Y 4JH",
  country: "GB",
  taxId: "GB 123 456 789",
};

describe("parseBillingDetailsForm", () => {
  it("reads a full form, trimming and turning empty optional parts into null", () => {
    expect(parseBillingDetailsForm(form(FULL))).toMatchObject({
      ok: true,
      details: {
        name: "Ada Lovelace",
        email: "ada@example.com",
        address: { line1: "12 St James's Square", line2: null, city: "London", state: null, postalCode: "SW1Y 4JH", country: "GB" },
        taxId: "GB 123 456 789",
      },
    });
  });

  it("saves no address when every address field is empty, and no tax ID when it is empty", () => {
    const parsed = parseBillingDetailsForm(form({ name: "Ada", email: "ada@example.com" }));
    expect(parsed).toMatchObject({ ok: true, details: { address: null, taxId: null } });
  });

  it("reports every problem at once and keeps what was typed", () => {
    const typed = { ...FULL, name: "", email: "ada@", line1: "", city: "", country: "XX", postalCode: "SW1Y#4JH", taxId: "GB<123>" };
    const parsed = parseBillingDetailsForm(form(typed));
    expect(parsed.ok).toBe(false);
    expect(parsed.values).toEqual(typed);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual({
      name: "Enter the name to bill.",
      email: "Enter an email address like name@example.com.",
      line1: "Enter the street address, or clear the whole address.",
      city: "Enter the city, or clear the whole address.",
      country: "Choose a country from the list.",
      postalCode: "Use only letters, digits, spaces and dashes.",
      taxId: "Use only letters, digits, spaces, dots, dashes and slashes.",
    });
  });

  it("asks for street, city and country once any part of the address is given", () => {
    const parsed = parseBillingDetailsForm(form({ name: "Ada", email: "ada@example.com", postalCode: "10110" }));
    expect(parsed.ok ? {} : parsed.problems).toEqual({
      line1: "Enter the street address, or clear the whole address.",
      city: "Enter the city, or clear the whole address.",
      country: "Choose a country, or clear the whole address.",
    });
  });

  it("refuses values longer than the API allows", () => {
    const parsed = parseBillingDetailsForm(form({ ...FULL, name: "a".repeat(256), city: "c".repeat(101) }));
    expect(parsed.ok ? {} : parsed.problems).toEqual({ name: "Use at most 255 characters.", city: "Use at most 100 characters." });
  });

  it("words its problems in Bahasa Indonesia for an Indonesian customer", () => {
    const parsed = parseBillingDetailsForm(form({ name: "", email: "ada@", postalCode: "10110", city: "c".repeat(101) }), "id-ID");
    expect(parsed.ok ? {} : parsed.problems).toEqual({
      name: "Masukkan nama untuk penagihan.",
      email: "Masukkan alamat email seperti nama@contoh.com.",
      line1: "Masukkan alamat jalan, atau kosongkan seluruh alamat.",
      city: "Gunakan paling banyak 100 karakter.",
      country: "Pilih negara, atau kosongkan seluruh alamat.",
    });
  });
});

describe("billingDetailsValuesOf", () => {
  it("fills the form from the customer object, empty where nothing is stored", () => {
    expect(billingDetailsValuesOf({ name: "Ada", email: null, taxId: null, address: null })).toEqual({
      name: "Ada",
      email: "",
      line1: "",
      line2: "",
      city: "",
      state: "",
      postalCode: "",
      country: "",
      taxId: "",
    });
  });
});
