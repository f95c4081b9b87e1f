import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { ENDPOINTS } from "./endpoints";
import { openApiDocument } from "./openapi";

describe("OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const validator = new Validator();
    const result = await validator.validate(openApiDocument());
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("describes every endpoint, with unique operation ids and the request schemas the server enforces", () => {
    const document = openApiDocument() as { paths: Record<string, Record<string, { operationId: string; requestBody?: { content: Record<string, { schema: { additionalProperties?: boolean; required?: string[] } }> } }>> };
    const operations = Object.values(document.paths).flatMap((methods) => Object.values(methods));
    expect(operations).toHaveLength(ENDPOINTS.length);
    expect(new Set(operations.map((operation) => operation.operationId)).size).toBe(ENDPOINTS.length);
    const mint = document.paths["/portal-sessions"]?.post;
    const schema = mint?.requestBody?.content["application/json"]?.schema;
    expect(schema?.additionalProperties).toBe(false);
    expect(schema?.required).toEqual(["customerId", "returnUrl"]);
  });
});
