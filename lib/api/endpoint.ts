// What one merchant API endpoint declares; lib/api/handle-api-request.ts does everything else.
import type { z } from "zod";
import type { Tenant } from "../tenancy";
import type { RateLimitClass } from "./rate-limit";

export type HttpMethod = "GET" | "POST" | "PATCH" | "DELETE";

export type EndpointContext<Body, Query> = {
  tenant: Tenant;
  body: Body;
  query: Query;
  params: Record<string, string>;
  requestId: string;
};

export type EndpointResult =
  | { status: number; data: unknown }
  | { status: 200; list: { items: unknown[]; cursor: string | null; hasMore: boolean } }
  | { response: Response };

export type Endpoint<Body = unknown, Query = unknown> = {
  method: HttpMethod;
  /** Path below /v1, with `:name` parameters, e.g. `/customers/:id`. */
  path: string;
  scope: string;
  rateClass: RateLimitClass;
  body?: z.ZodType<Body>;
  query?: z.ZodType<Query>;
  summary: string;
  handle(context: EndpointContext<Body, Query>): Promise<EndpointResult>;
};

export function defineEndpoint<Body = undefined, Query = undefined>(endpoint: Endpoint<Body, Query>): Endpoint<Body, Query> {
  return endpoint;
}

/** Collects a resource's endpoints for the endpoint table, whatever their body and query types. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function endpointList(...list: Endpoint<any, any>[]): Endpoint<never, never>[] {
  return list as Endpoint<never, never>[];
}
