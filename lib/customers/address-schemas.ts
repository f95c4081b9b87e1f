// A customer's billing address (docs/api.md §10.2): what the API takes and what the customer object
// shows. Not in the official SDK's customer type; our own field, like portal settings' toggles.
import { z } from "zod";

/** ISO 3166-1 alpha-2 codes: the countries an address may name. */
export const COUNTRY_CODES = (
  "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
  "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR " +
  "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP " +
  "KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT " +
  "MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW " +
  "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG " +
  "UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW"
).split(" ");

const COUNTRIES = new Set(COUNTRY_CODES);

/** The longest value each part of an address may hold; the portal's form uses the same limits. */
export const ADDRESS_LIMITS = { line1: 200, line2: 200, city: 100, state: 100, postalCode: 20 } as const;

/** Letters, digits, spaces and dashes: every country's postal code fits. */
export const POSTAL_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9 -]*$/;

const part = (max: number, what: string) => z.string().trim().min(1).max(max).describe(what);

export const Country = z
  .string()
  .transform((value) => value.trim().toUpperCase())
  .refine((value) => COUNTRIES.has(value), "must be an ISO 3166-1 alpha-2 country code such as ID or US")
  .describe("ISO 3166-1 alpha-2 country code (e.g. ID, US); stored in upper case.");

/** The address a request sends: the whole address at once (it replaces the stored one). */
export const AddressInput = z
  .object({
    line1: part(ADDRESS_LIMITS.line1, "Street address."),
    line2: part(ADDRESS_LIMITS.line2, "Apartment, suite, building.").nullable().optional(),
    city: part(ADDRESS_LIMITS.city, "City or town."),
    state: part(ADDRESS_LIMITS.state, "State, province or region.").nullable().optional(),
    postalCode: part(ADDRESS_LIMITS.postalCode, "Postal or ZIP code.")
      .regex(POSTAL_CODE_PATTERN, "must be letters, digits, spaces or dashes")
      .nullable()
      .optional(),
    country: Country,
  })
  .strict()
  .describe("The billing address; replaces the stored address as a whole.");

export type AddressInputShape = z.infer<typeof AddressInput>;

/** The address as the customer object shows it. */
export const AddressField = z
  .object({
    line1: z.string().describe("Street address."),
    line2: z.string().nullable().describe("Apartment, suite, building, or null."),
    city: z.string().describe("City or town."),
    state: z.string().nullable().describe("State, province or region, or null."),
    postalCode: z.string().nullable().describe("Postal or ZIP code, or null."),
    country: z.string().describe("ISO 3166-1 alpha-2 country code."),
  })
  .strict()
  .nullable()
  .describe("The customer's billing address, or null.");

export type AddressShape = NonNullable<z.input<typeof AddressField>>;
