// The OpenAPI 3.1 document of the merchant API, generated from the endpoint table and the same zod
// schemas that validate requests, so the document cannot drift from what the server accepts.
import { z } from "zod";
import type { Endpoint } from "./endpoint";
import { ENDPOINTS } from "./endpoints";
import { ERROR_STATUS } from "../errors";
import { PortalSessionResource } from "../portal-sessions/portal-session-schemas";

type JsonObject = Record<string, unknown>;

const RESPONSE_SCHEMAS: Record<string, JsonObject> = {
  "POST /portal-sessions": schemaOf(PortalSessionResource),
};

export function openApiDocument(): JsonObject {
  const paths: Record<string, Record<string, JsonObject>> = {};
  for (const endpoint of ENDPOINTS as Endpoint<unknown, unknown>[]) {
    const path = endpoint.path.replace(/:(\w+)/g, "{$1}");
    paths[path] ??= {};
    paths[path][endpoint.method.toLowerCase()] = operation(endpoint);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Plugipay merchant API (customer portal)",
      version: "1.0.0",
      description: "Every request is signed: Authorization: Plugipay-HMAC-SHA256 keyId=<key id>, scope=*, signature=<hex> and X-Plugipay-Timestamp. The same paths answer under /api/v1.",
    },
    servers: [{ url: "/v1" }, { url: "/api/v1" }],
    security: [{ PlugipayHmac: [] }],
    paths,
    components: {
      securitySchemes: {
        PlugipayHmac: { type: "apiKey", in: "header", name: "Authorization", description: "HMAC-SHA256 request signature (see the contract, §2)." },
      },
      schemas: { Envelope: envelopeSchema(), Error: errorSchema() },
    },
  };
}

function operation(endpoint: Endpoint<unknown, unknown>): JsonObject {
  const key = `${endpoint.method} ${endpoint.path}`;
  const pathParameters = [...endpoint.path.matchAll(/:(\w+)/g)].map((match) => ({ name: match[1], in: "path", required: true, schema: { type: "string" } }));
  const queryParameters = endpoint.query ? queryParametersOf(endpoint.query) : [];
  const successStatus = endpoint.method === "POST" && !/\/(cancel|pause|resume|pay|void|finalize|archive|detach|verify|rotate-secret|retry|advance)$/.test(endpoint.path) ? "201" : "200";
  const data = RESPONSE_SCHEMAS[key] ?? {};
  return {
    operationId: operationId(endpoint),
    summary: endpoint.summary,
    "x-plugipay-scope": endpoint.scope,
    "x-plugipay-rate-limit-class": endpoint.rateClass,
    parameters: [
      ...pathParameters,
      ...queryParameters,
      { name: "X-Plugipay-Timestamp", in: "header", required: true, schema: { type: "string", pattern: "^\\d+$" } },
      ...(endpoint.method === "GET" ? [] : [{ name: "Idempotency-Key", in: "header", required: false, schema: { type: "string", minLength: 1, maxLength: 255 } }]),
      { name: "X-Plugipay-On-Behalf-Of", in: "header", required: false, schema: { type: "string" } },
    ],
    ...(endpoint.body ? { requestBody: { required: true, content: { "application/json": { schema: schemaOf(endpoint.body) } } } } : {}),
    responses: {
      [successStatus]: {
        description: "Success",
        content: { "application/json": { schema: { allOf: [{ $ref: "#/components/schemas/Envelope" }, { type: "object", properties: { data } }] } } },
      },
      default: { description: "Error", content: { "application/json": { schema: { $ref: "#/components/schemas/Envelope" } } } },
    },
  };
}

function queryParametersOf(schema: z.ZodType): JsonObject[] {
  const json = schemaOf(schema) as { properties?: Record<string, JsonObject>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: "query",
    required: json.required?.includes(name) ?? false,
    schema: property,
    ...(typeof property.description === "string" ? { description: property.description } : {}),
  }));
}

function schemaOf(schema: z.ZodType): JsonObject {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-2020-12" }) as JsonObject;
  delete json.$schema;
  return json;
}

function operationId(endpoint: Endpoint<unknown, unknown>): string {
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
      meta: {
        type: "object",
        required: ["requestId", "timestamp"],
        properties: { requestId: { type: "string" }, timestamp: { type: "string", format: "date-time" }, cursor: { type: ["string", "null"] }, hasMore: { type: "boolean" } },
      },
    },
  };
}

function errorSchema(): JsonObject {
  return {
    type: "object",
    required: ["code", "message"],
    properties: { code: { type: "string", enum: Object.keys(ERROR_STATUS) }, message: { type: "string" }, field: { type: "string" }, details: { type: "object" } },
  };
}
