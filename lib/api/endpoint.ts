// What one merchant API endpoint declares — its route, scope, rate class, request schemas, success
// status and response schema — and the erased descriptor the endpoint table holds; the wrapper
// (lib/api/handle-api-request.ts) does everything else (docs/decisions/0009-response-schemas.md).
import type { z } from "zod";
import type { Tenant } from "../tenancy";
import type { ListPage } from "./envelope";
import type { RateLimitClass } from "./rate-limit";
import { parseJsonBody, parseQuery } from "./validation";

export type HttpMethod = "GET" | "POST" | "PATCH" | "DELETE";

/** The names of a path's `:name` segments: `/webhooks/:id/deliveries/:deliveryId` → "id" | "deliveryId". */
type ParamNames<Path extends string> = Path extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<Rest>
  : Path extends `${string}:${infer Name}`
    ? Name
    : never;

export type PathParams<Path extends string> = { readonly [Name in ParamNames<Path>]: string };

/**
 * What a successful call answers (docs/api.md §1): one object (`data`, its schema), a page of a list
 * (`list`, the schema of one item, wrapped as `data: [items]` with `meta.cursor`/`hasMore`), or a file.
 */
export type Success =
  | { readonly status: 200 | 201; readonly data: z.ZodType }
  | { readonly status: 200; readonly list: z.ZodType }
  | { readonly status: 200; readonly file: string };

/** The handler's result for a success kind, typed by the response schema. */
type HandlerResult<S extends Success> = S extends { data: infer Schema extends z.ZodType }
  ? { data: z.input<Schema> }
  : S extends { list: infer Schema extends z.ZodType }
    ? { list: ListPage<z.input<Schema>> }
    : { response: Response };

/** A request schema's parsed value, or undefined when the endpoint declares none. */
type Parsed<Schema> = Schema extends z.ZodType ? z.output<Schema> : undefined;

export type EndpointContext<Path extends string, Body, Query> = {
  tenant: Tenant;
  body: Body;
  query: Query;
  params: PathParams<Path>;
  requestId: string;
};

type EndpointDeclaration<Path extends string, BodySchema extends z.ZodType | undefined, QuerySchema extends z.ZodType | undefined, S extends Success> = {
  method: HttpMethod;
  /** Path below /v1, with `:name` parameters, e.g. `/customers/:id`. */
  path: Path;
  scope: string;
  rateClass: RateLimitClass;
  body?: BodySchema;
  query?: QuerySchema;
  success: S;
  summary: string;
  handle(context: EndpointContext<Path, Parsed<BodySchema>, Parsed<QuerySchema>>): Promise<HandlerResult<S>>;
};

/** What the wrapper hands an endpoint, before validation. */
export type EndpointInput = {
  tenant: Tenant;
  params: Record<string, string>;
  requestId: string;
  rawBody: Uint8Array;
  searchParams: URLSearchParams;
};

export type EndpointOutcome = { data: unknown } | { list: ListPage<unknown> } | { response: Response };

/** An endpoint of the table, its request and response types erased behind `prepare`. */
export type Endpoint = {
  readonly method: HttpMethod;
  readonly path: string;
  readonly scope: string;
  readonly rateClass: RateLimitClass;
  readonly body: z.ZodType | undefined;
  readonly query: z.ZodType | undefined;
  readonly success: Success;
  readonly summary: string;
  /** Validates the body and query (throwing VALIDATION_ERROR) and returns the call that runs the handler. */
  prepare(input: EndpointInput): () => Promise<EndpointOutcome>;
};

export function defineEndpoint<
  Path extends string,
  BodySchema extends z.ZodType | undefined = undefined,
  QuerySchema extends z.ZodType | undefined = undefined,
  S extends Success = Success,
>(declaration: EndpointDeclaration<Path, BodySchema, QuerySchema, S>): Endpoint {
  const { handle, ...descriptor } = declaration;
  return {
    ...descriptor,
    body: declaration.body,
    query: declaration.query,
    prepare(input) {
      const body = parseOptional(declaration.body, (schema) => parseJsonBody(schema, input.rawBody));
      const query = parseOptional(declaration.query, (schema) => parseQuery(schema, input.searchParams));
      const { params } = input;
      if (!hasPathParams(declaration.path, params)) throw new Error(`The router matched ${declaration.path} without its parameters`);
      return () => handle({ tenant: input.tenant, body, query, params, requestId: input.requestId });
    },
  };
}

function hasPathParams<Path extends string>(path: Path, params: Record<string, string>): params is Record<string, string> & PathParams<Path> {
  return [...path.matchAll(/:(\w+)/g)].every((match) => typeof params[match[1] ?? ""] === "string");
}

/** TypeScript cannot tie an omitted schema to its `undefined` default, so this one step is asserted. */
function parseOptional<Schema extends z.ZodType | undefined>(schema: Schema | undefined, parse: (schema: z.ZodType) => unknown): Parsed<Schema> {
  return (schema === undefined ? undefined : parse(schema)) as Parsed<Schema>;
}
