import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ENDPOINTS } from "./endpoints";
import { openApiDocument } from "./openapi";
import { openApiFieldProblems } from "../sdk-compat/openapi-field-problems";
import { SDK_OBJECT_BY_ROUTE } from "../sdk-compat/route-objects";

type Operation = {
  responses: Record<string, { content?: Record<string, { schema?: { properties: { data: { items?: unknown }; meta: { $ref: string } } } }> }>;
};

type DataSchema = { properties?: Record<string, DataSchema>; items?: DataSchema };

/** The documented schema of the SDK object a route answers: its data, a list's item, or a property of the data. */
function documentedObject(document: { paths: Record<string, Record<string, Operation>> }, endpoint: (typeof ENDPOINTS)[number], property?: string) {
  const operation = document.paths[endpoint.path.replace(/:(\w+)/g, "{$1}")]?.[endpoint.method.toLowerCase()];
  const data = operation?.responses[String(endpoint.success.status)]?.content?.["application/json"]?.schema?.properties.data as DataSchema | undefined;
  const object = "list" in endpoint.success ? data?.items : data;
  return property ? object?.properties?.[property] : object;
}

describe("OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const validator = new Validator();
    const result = await validator.validate(openApiDocument());
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("describes every endpoint, with unique operation ids and the request schemas the server enforces", () => {
    const document = openApiDocument() as {
      paths: Record<
        string,
        Record<string, { operationId: string; requestBody?: { content: Record<string, { schema: { additionalProperties?: boolean; required?: string[] } }> } }>
      >;
    };
    const operations = Object.values(document.paths).flatMap((methods) => Object.values(methods));
    expect(operations).toHaveLength(ENDPOINTS.length);
    expect(new Set(operations.map((operation) => operation.operationId)).size).toBe(ENDPOINTS.length);
    const mint = document.paths["/portal-sessions"]?.post;
    const schema = mint?.requestBody?.content["application/json"]?.schema;
    expect(schema?.additionalProperties).toBe(false);
    expect(schema?.required).toEqual(["customerId", "returnUrl"]);
  });

  it("documents every endpoint's declared success status and response schema", () => {
    const document = openApiDocument() as { paths: Record<string, Record<string, Operation>> };
    for (const endpoint of ENDPOINTS) {
      const operation = document.paths[endpoint.path.replace(/:(\w+)/g, "{$1}")]?.[endpoint.method.toLowerCase()];
      const label = `${endpoint.method} ${endpoint.path}`;
      const { success } = endpoint;
      expect(Object.keys(operation?.responses ?? {}), label).toEqual([String(success.status), "default"]);
      const content = operation?.responses[String(success.status)]?.content ?? {};
      if ("file" in success) {
        expect(Object.keys(content), label).toEqual([success.file]);
        continue;
      }
      const envelope = content["application/json"]?.schema;
      const item = "list" in success ? success.list : success.data;
      const declared = z.toJSONSchema(item, { io: "output", unrepresentable: "any", target: "draft-2020-12" }) as Record<string, unknown>;
      delete declared.$schema;
      expect(Object.keys(declared.properties as object).length, label).toBeGreaterThan(0);
      const data = "list" in success ? envelope?.properties.data.items : envelope?.properties.data;
      expect(data, label).toEqual(declared);
      expect(envelope?.properties.meta.$ref, label).toBe(`#/components/schemas/${"list" in success ? "ListMeta" : "Meta"}`);
    }
    const statusOf = (path: string, method: string) => Object.keys(document.paths[path]?.[method]?.responses ?? {})[0];
    expect(["/plans/{id}/prices", "/webhooks/{id}/rotate-secret", "/test/clocks/advance"].map((path) => statusOf(path, "post"))).toEqual(["201", "200", "200"]);
    const mint = document.paths["/portal-sessions"]?.post?.responses["201"]?.content?.["application/json"]?.schema?.properties.data;
    expect(mint).toMatchObject({
      additionalProperties: false,
      required: ["id", "arn", "accountId", "customerId", "url", "returnUrl", "expiresAt", "createdAt"],
    });
  });

  it("declares every field of the official SDK's objects, as the SDK types it, on each route that answers one (issue 9, item 4)", () => {
    const document = openApiDocument() as { paths: Record<string, Record<string, Operation>> };
    const checked = ENDPOINTS.flatMap((endpoint) => {
      const { table, property } = SDK_OBJECT_BY_ROUTE[`${endpoint.method} ${endpoint.path}`] ?? { table: null };
      return table
        ? [{ label: `${endpoint.method} ${endpoint.path}`, problems: openApiFieldProblems(table, documentedObject(document, endpoint, property)) }]
        : [];
    });
    expect(checked.length).toBeGreaterThan(30);
    expect(checked.filter(({ problems }) => problems.length > 0)).toEqual([]);
    const invoice = ENDPOINTS.find((endpoint) => endpoint.method === "GET" && endpoint.path === "/invoices/:id");
    const schema = structuredClone(documentedObject(document, invoice!)) as DataSchema & { required: string[] };
    delete schema.properties?.chargeId;
    schema.properties!.lines!.items!.properties!.amount = { type: "string" } as DataSchema;
    expect(openApiFieldProblems("invoice", schema)).toEqual([
      "invoice.chargeId: not documented",
      "invoice.lines[].amount: documented as string, the SDK declares integer",
    ]);
  });
});
