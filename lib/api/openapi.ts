// The OpenAPI 3.1 document of the merchant API, generated from the endpoint table: the zod schemas
// that validate requests, and each endpoint's success status and the response schema its answers
// are checked against (docs/decisions/0009-response-schemas.md), so the document cannot drift.
import { z } from "zod";
import type { Endpoint } from "./endpoint";
import { ENDPOINTS } from "./endpoints";
import { ERROR_STATUS } from "../errors";

type JsonObject = Record<string, unknown>;

export function openApiDocument(): JsonObject {
  const paths: Record<string, Record<string, JsonObject>> = {};
  for (const endpoint of ENDPOINTS) {
    const path = endpoint.path.replace(/:(\w+)/g, "{$1}");
    paths[path] ??= {};
    paths[path][endpoint.method.toLowerCase()] = operation(endpoint);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Plugipay merchant API (customer portal)",
      version: "1.0.0",
      description:
        "Every request is signed: Authorization: Plugipay-HMAC-SHA256 keyId=<key id>, scope=*, signature=<hex> and X-Plugipay-Timestamp. The same paths answer under /api/v1.",
    },
    servers: [{ url: "/v1" }, { url: "/api/v1" }],
    security: [{ PlugipayHmac: [] }],
    paths,
    components: {
      securitySchemes: {
        PlugipayHmac: { type: "apiKey", in: "header", name: "Authorization", description: "HMAC-SHA256 request signature (see docs/api.md §2)." },
      },
      schemas: { Envelope: envelopeSchema(), Error: errorSchema(), Meta: metaSchema(false), ListMeta: metaSchema(true) },
    },
  };
}

function operation(endpoint: Endpoint): JsonObject {
  const pathParameters = [...endpoint.path.matchAll(/:(\w+)/g)].map((match) => ({ name: match[1], in: "path", required: true, schema: { type: "string" } }));
  const queryParameters = endpoint.query ? queryParametersOf(endpoint.query) : [];
  return {
    operationId: operationId(endpoint),
    summary: endpoint.summary,
    "x-plugipay-scope": endpoint.scope,
    "x-plugipay-rate-limit-class": endpoint.rateClass,
    parameters: [
      ...pathParameters,
      ...queryParameters,
      { name: "X-Plugipay-Timestamp", in: "header", required: true, schema: { type: "string", pattern: "^\\d+$" } },
      ...(endpoint.method === "GET"
        ? []
        : [{ name: "Idempotency-Key", in: "header", required: false, schema: { type: "string", minLength: 1, maxLength: 255 } }]),
      { name: "X-Plugipay-On-Behalf-Of", in: "header", required: false, schema: { type: "string" } },
    ],
    ...(endpoint.body ? { requestBody: { required: true, content: { "application/json": { schema: schemaOf(endpoint.body, "input") } } } } : {}),
    responses: {
      [String(endpoint.success.status)]: successResponse(endpoint),
      default: { description: "Error", content: { "application/json": { schema: { $ref: "#/components/schemas/Envelope" } } } },
    },
  };
}

/** The envelope of a success: `data` is the object, or for a list `[items]` with `meta.cursor`/`hasMore`. */
function successResponse({ success }: Endpoint): JsonObject {
  if ("file" in success) return { description: "The file", content: { [success.file]: { schema: { type: "string", contentMediaType: success.file } } } };
  const isList = "list" in success;
  const data = isList ? { type: "array", items: schemaOf(success.list, "output") } : schemaOf(success.data, "output");
  const meta = { $ref: `#/components/schemas/${isList ? "ListMeta" : "Meta"}` };
  const schema = { type: "object", required: ["data", "error", "meta"], properties: { data, error: { type: "null" }, meta } };
  return { description: "Success", content: { "application/json": { schema } } };
}

function queryParametersOf(schema: z.ZodType): JsonObject[] {
  const json = schemaOf(schema, "input") as { properties?: Record<string, JsonObject>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: "query",
    required: json.required?.includes(name) ?? false,
    schema: property,
    ...(typeof property.description === "string" ? { description: property.description } : {}),
  }));
}

function schemaOf(schema: z.ZodType, io: "input" | "output"): JsonObject {
  const json = z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" }) as JsonObject;
  delete json.$schema;
  return json;
}

function operationId(endpoint: Endpoint): string {
  const words = `${endpoint.method.toLowerCase()} ${endpoint.path.replace(/:(\w+)/g, "by $1")}`.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return words.map((word, index) => (index === 0 ? word : word[0]!.toUpperCase() + word.slice(1))).join("");
}

function envelopeSchema(): JsonObject {
  return {
    type: "object",
    required: ["data", "error", "meta"],
    properties: {
      data: {},
      error: { oneOf: [{ type: "null" }, { $ref: "#/components/schemas/Error" }] },
      meta: { $ref: "#/components/schemas/Meta" },
    },
  };
}

function metaSchema(isList: boolean): JsonObject {
  const base = { requestId: { type: "string" }, timestamp: { type: "string", format: "date-time" } };
  if (!isList) return { type: "object", required: ["requestId", "timestamp"], properties: base };
  const page = {
    cursor: { type: ["string", "null"], description: "Pass as `cursor` for the next page; null on the last one." },
    hasMore: { type: "boolean", description: "Whether another page follows." },
  };
  return { type: "object", required: ["requestId", "timestamp", "cursor", "hasMore"], properties: { ...base, ...page } };
}

function errorSchema(): JsonObject {
  return {
    type: "object",
    required: ["code", "message"],
    properties: {
      code: { type: "string", enum: Object.keys(ERROR_STATUS) },
      message: { type: "string" },
      field: { type: "string" },
      details: { type: "object" },
    },
  };
}
