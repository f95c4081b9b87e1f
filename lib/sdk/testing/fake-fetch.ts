// A fetch for unit tests: records what the SDK sends and answers with canned responses.

export type SentRequest = {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
  /** The path and query as sent, e.g. `/api/v1/customers?limit=5`. */
  target: string;
  signal: AbortSignal | undefined;
};

export function envelope(status: number, data: unknown, meta: Record<string, unknown> = {}): Response {
  const body = { data, error: null, meta: { requestId: "req_TEST", timestamp: "2026-01-01T00:00:00.000Z", ...meta } };
  return Response.json(body, { status, headers: { "X-Request-Id": "req_TEST" } });
}

export function errorEnvelope(status: number, error: Record<string, unknown>, requestId = "req_ERR"): Response {
  return Response.json({ data: null, error, meta: { requestId, timestamp: "2026-01-01T00:00:00.000Z" } }, { status, headers: { "X-Request-Id": requestId } });
}

export function fakeFetch(respond: (request: SentRequest) => Response | Promise<Response> = () => envelope(200, {})) {
  const sent: SentRequest[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = String(input);
    const parsed = new URL(url);
    const request: SentRequest = {
      url,
      method: init.method ?? "GET",
      headers: Object.fromEntries(new Headers(init.headers).entries()),
      body: typeof init.body === "string" ? init.body : undefined,
      target: parsed.pathname + parsed.search,
      signal: init.signal ?? undefined,
    };
    sent.push(request);
    return respond(request);
  };
  return {
    sent,
    fetch: fetch as typeof globalThis.fetch,
    get last(): SentRequest {
      const request = sent.at(-1);
      if (!request) throw new Error("no request was sent");
      return request;
    },
  };
}
