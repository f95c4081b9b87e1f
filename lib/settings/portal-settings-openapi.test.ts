// The OpenAPI document names issue 12's new fields, generated from the same zod schemas the server
// enforces (lib/api/openapi.ts): downgradeTiming in the portal settings (body and object), the
// subscription's scheduledChange and resumeAt, and the customer's creditBalance.
import { describe, expect, it } from "vitest";
import { openApiDocument } from "../api/openapi";

type Schema = { properties?: Record<string, Schema>; enum?: string[]; anyOf?: Schema[]; required?: string[]; type?: string | string[] };
type Operation = {
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
};

const document = openApiDocument() as unknown as { paths: Record<string, Record<string, Operation>> };
const pathOf = (suffix: string) => Object.keys(document.paths).find((path) => path.endsWith(suffix))!;
const data = (operation: Operation | undefined) => operation?.responses["200"]?.content?.["application/json"]?.schema.properties?.data;

describe("OpenAPI: downgrades, pause and credit", () => {
  it("documents downgradeTiming as now | period_end in PATCH /portal-settings and its answer", () => {
    const settings = document.paths[pathOf("/portal-settings")]!;
    expect(settings.patch?.requestBody?.content["application/json"]?.schema.properties?.downgradeTiming?.enum).toEqual(["now", "period_end"]);
    const object = data(settings.get);
    expect(object?.properties?.downgradeTiming?.enum).toEqual(["now", "period_end"]);
    expect(object?.required).toContain("downgradeTiming");
  });

  it("documents the subscription's scheduledChange and resumeAt, and the customer's creditBalance", () => {
    const subscription = data(document.paths[pathOf("/subscriptions/{id}")]?.get);
    expect(JSON.stringify(subscription?.properties?.scheduledChange)).toContain("effectiveAt");
    expect(subscription?.properties?.resumeAt).toBeDefined();
    const customer = data(document.paths[pathOf("/customers/{id}")]?.get);
    expect(customer?.properties?.creditBalance?.required).toEqual(["amount", "currency"]);
  });
});
