// Integration-test helper: a PlugipayClient whose fetch hands the Request to the real API wrapper
// in-process, so every byte the SDK signs is verified by the server's own code.
import { handleApiRequest } from "../../api/handle-api-request";
import { PlugipayClient, type PlugipayClientOptions } from "../plugipay-client";

export type Exchange = { method: string; url: string; status: number; headers: Headers };

export function inProcessClient(
  key: { keyId: string; secret: string },
  options: Omit<PlugipayClientOptions, "keyId" | "secret"> = {},
): { sdk: PlugipayClient; exchanges: Exchange[] } {
  const exchanges: Exchange[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const response = await handleApiRequest(request);
    exchanges.push({ method: request.method, url: request.url, status: response.status, headers: response.headers });
    return response;
  };
  const sdk = new PlugipayClient({
    keyId: key.keyId,
    secret: key.secret,
    baseUrl: "http://localhost:3000",
    fetch: fetch as typeof globalThis.fetch,
    ...options,
  });
  return { sdk, exchanges };
}

/** The PlugipayError (or other rejection) of a promise that must fail. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (reason: unknown) => reason,
  );
}
