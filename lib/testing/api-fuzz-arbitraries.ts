// fast-check arbitraries for fuzzing the merchant API (issue 10, item 7): hostile path parameters,
// queries, bodies and headers for one endpoint, built from the names its own request schemas declare
// so that most cases get past routing and authentication into validation and the handler.
import fc from "fast-check";
import { z } from "zod";
import type { Endpoint } from "../api/endpoint";

export type FuzzedRequest = {
  path: string;
  method: string;
  rawBody: string | undefined;
  headers: Record<string, string>;
  /** Signed, as the SDKs sign it (docs/api.md §2). */
  idempotencyKey: string | undefined;
};

const HOSTILE_PATH_SEGMENTS = ["%ZZ", "%", "cus_%ZZ", "%2e%2e", "..", "%00", "%C0%AF", "%E2%80%AE", "%F0%9F%92%A5", "%27%22%3C%3E", "a%2Fb", "~", "__proto__"];
const HOSTILE_QUERY_VALUES = [
  "",
  "-1",
  "0",
  "1e309",
  "NaN",
  "Infinity",
  "true",
  "null",
  "[]",
  "{}",
  "2026-13-45T99:99:99Z",
  "1970-01-01T00:00:00Z",
  "9".repeat(40),
  "'\"<>",
  "%ZZ",
  "a\u0000b",
];
const HOSTILE_KEYS = ["__proto__", "constructor", "prototype", "toString", "$where", ""];
const CONTENT_TYPES = [
  "application/json",
  "application/json; charset=utf-8",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "",
];

/** Printable ASCII only: anything else never reaches a handler, since HTTP parsers refuse it in headers. */
const headerValue = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), maxLength: 80 });

export function fuzzedRequest(endpoint: Endpoint, realIds: readonly string[]): fc.Arbitrary<FuzzedRequest> {
  const bodyKeys = propertyNames(endpoint.body);
  const queryKeys = propertyNames(endpoint.query);
  return fc
    .record({
      params: fc.array(pathParameter(realIds), { minLength: 4, maxLength: 4 }),
      query: fc.array(fc.tuple(nameFrom(queryKeys), queryValue(realIds)), { maxLength: 5 }),
      body: bodyFor(endpoint, bodyKeys, realIds),
      headers: optionalHeaders(),
      idempotencyKey: sometimes(fc.oneof(headerValue, fc.constant("k".repeat(300)))),
      tampering: sometimes(tamperedAuthentication()),
      aliasPrefix: fc.constantFrom("/v1", "/api/v1"),
    })
    .map(({ params, query, body, headers, idempotencyKey, tampering, aliasPrefix }) => {
      let index = 0;
      const path = endpoint.path.replace(/:\w+/g, () => params[index++] ?? "x");
      const search = query.length ? `?${query.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join("&")}` : "";
      return {
        path: `${aliasPrefix}${path}${search}`,
        method: endpoint.method,
        rawBody: body,
        headers: { ...headers, ...tampering },
        idempotencyKey: idempotencyKey ?? undefined,
      };
    });
}

function pathParameter(realIds: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...realIds), weight: 4 },
    { arbitrary: fc.constantFrom(...HOSTILE_PATH_SEGMENTS), weight: 2 },
    { arbitrary: fc.string({ minLength: 1, maxLength: 40 }).map(encodeURIComponent), weight: 2 },
    { arbitrary: fc.stringMatching(/^[a-z]{2,4}_[0-9A-Z]{26}$/), weight: 1 },
  );
}

function queryValue(realIds: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...HOSTILE_QUERY_VALUES),
    fc.constantFrom(...realIds),
    fc.string({ maxLength: 30 }),
    fc.integer().map(String),
    fc.date().map((date) => (Number.isNaN(date.getTime()) ? "x" : date.toISOString())),
  );
}

function nameFrom(known: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof({ arbitrary: fc.constantFrom(...known, ...HOSTILE_KEYS), weight: 4 }, { arbitrary: fc.string({ maxLength: 12 }), weight: 1 });
}

/** A JSON text (mostly objects keyed by the schema's own names), invalid JSON, or, for reads and deletes, usually none. */
function bodyFor(endpoint: Endpoint, bodyKeys: readonly string[], realIds: readonly string[]): fc.Arbitrary<string | undefined> {
  const edgeValue = fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom(...realIds),
    fc.constantFrom(
      -1,
      0,
      2 ** 31,
      2 ** 53 + 1,
      1.5,
      -0,
      1e308,
      "",
      " ",
      "USD",
      "usd",
      "XXX",
      "*",
      "https://example.com",
      "javascript:alert(1)",
      "http://127.0.0.1",
      "a\u0000b",
      "\uD800",
    ),
    fc.array(fc.constantFrom(...realIds, "*", "customer.updated", "plugipay.invoice.paid.v1"), { maxLength: 3 }),
  );
  const shapedObject = fc.dictionary(nameFrom(bodyKeys), edgeValue, { maxKeys: 6 }).map((value) => JSON.stringify(value));
  const anything = fc.oneof(
    { arbitrary: shapedObject, weight: 6 },
    { arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)), weight: 2 },
    { arbitrary: fc.string({ maxLength: 60 }), weight: 1 },
    { arbitrary: fc.constantFrom("{", '{"a":', "[1,", '{"__proto__":{"admin":true}}', "\u0000", "\uFEFF{}", "{}".repeat(500)), weight: 1 },
  );
  if (endpoint.method === "POST" || endpoint.method === "PATCH")
    return fc.oneof({ arbitrary: anything, weight: 9 }, { arbitrary: fc.constant(undefined), weight: 1 });
  if (endpoint.method === "GET") return fc.constant(undefined); // fetch's Request cannot carry one, as servers ignore it
  return fc.oneof({ arbitrary: fc.constant(undefined), weight: 6 }, { arbitrary: anything, weight: 1 });
}

/** The value one time in `oneIn`, otherwise undefined. */
function sometimes<T>(arbitrary: fc.Arbitrary<T>, oneIn = 6): fc.Arbitrary<T | undefined> {
  return fc.oneof({ arbitrary: fc.constant(undefined), weight: oneIn - 1 }, { arbitrary, weight: 1 });
}

function optionalHeaders(): fc.Arbitrary<Record<string, string>> {
  const unsigned = fc
    .record(
      {
        "X-Plugipay-On-Behalf-Of": fc.oneof(headerValue, fc.stringMatching(/^acct_[0-9A-Z]{26}$/)),
        "Content-Type": fc.oneof({ arbitrary: fc.constant("application/json"), weight: 6 }, { arbitrary: fc.constantFrom(...CONTENT_TYPES), weight: 1 }),
        "X-Forwarded-For": headerValue,
      },
      { requiredKeys: [] },
    )
    .map((headers) => Object.fromEntries(Object.entries(headers).filter(([, value]) => value !== undefined)) as Record<string, string>);
  return sometimes(unsigned, 3).map((headers) => headers ?? {});
}

/** Headers that replace the signed ones, to fuzz the signature parser and the timestamp check too. */
function tamperedAuthentication(): fc.Arbitrary<Record<string, string>> {
  const authorization = fc.oneof(
    headerValue,
    headerValue.map((signature) => `Plugipay-HMAC-SHA256 keyId=pk_test_abc, scope=*, signature=${signature}`),
    headerValue.map((token) => `Bearer ${token}`),
    fc.constantFrom("Plugipay-HMAC-SHA256 ", "Plugipay-HMAC-SHA256 keyId=, signature=", "Plugipay-HMAC-SHA256 keyId=a=b=c, keyId=d"),
  );
  return fc.oneof(
    authorization.map((value) => ({ Authorization: value })),
    fc.oneof(headerValue, fc.integer().map(String)).map((value) => ({ "X-Plugipay-Timestamp": value })),
  );
}

function propertyNames(schema: z.ZodType | undefined): string[] {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as { properties?: Record<string, unknown> };
  return Object.keys(json.properties ?? {});
}
