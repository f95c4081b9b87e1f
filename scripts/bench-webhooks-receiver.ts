// npm run bench:webhooks (scripts/bench-webhooks.ts): the merchant's endpoint, a receiver on
// 127.0.0.1 that verifies every request with the SDK's verifyWebhook and records the first verified
// receipt of each event.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { verifyWebhook } from "../lib/sdk/verify-webhook";

export type Receiver = {
  url: string;
  /** performance.now() of the first verified receipt, per event id. */
  received: Map<string, number>;
  duplicates: number;
  rejected: number;
  setSecret(secret: string): void;
  /** How long the receiver takes to answer each request (a merchant's app doing its own work); 0 by default. */
  setResponseDelay(milliseconds: number): void;
  waitForAll(ids: readonly string[], signal: AbortSignal): Promise<void>;
  close(): Promise<void>;
};

export async function startReceiver(): Promise<Receiver> {
  let secret = "";
  let responseDelayMs = 0;
  const received = new Map<string, number>();
  const waiters = new Set<{ missing: Set<string>; resolve: () => void }>();
  const receiver = { duplicates: 0, rejected: 0 };

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks);
      let eventId: string | undefined;
      try {
        const header = request.headers["x-plugipay-signature"];
        const event = verifyWebhook<{ id?: unknown }>(body, Array.isArray(header) ? header[0] : header, secret);
        if (typeof event.id === "string") eventId = event.id;
      } catch {
        eventId = undefined;
      }
      const at = performance.now();
      if (request.method !== "POST" || request.url !== "/hook" || eventId === undefined) {
        receiver.rejected++;
        response.writeHead(400, { "Content-Type": "application/json" }).end('{"error":"rejected"}');
        return;
      }
      if (received.has(eventId)) receiver.duplicates++;
      else {
        received.set(eventId, at);
        for (const waiter of waiters) {
          waiter.missing.delete(eventId);
          if (waiter.missing.size === 0) waiter.resolve();
        }
      }
      const answer = () => response.writeHead(200, { "Content-Type": "application/json" }).end('{"received":true}');
      if (responseDelayMs > 0) setTimeout(answer, responseDelayMs);
      else answer();
    });
  };

  const server = createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    get duplicates() {
      return receiver.duplicates;
    },
    get rejected() {
      return receiver.rejected;
    },
    setSecret(value) {
      secret = value;
    },
    setResponseDelay(milliseconds) {
      responseDelayMs = milliseconds;
    },
    waitForAll(ids, signal) {
      const missing = new Set(ids.filter((id) => !received.has(id)));
      if (missing.size === 0) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const waiter = {
          missing,
          resolve: () => {
            waiters.delete(waiter);
            signal.removeEventListener("abort", onAbort);
            resolve();
          },
        };
        const onAbort = () => {
          waiters.delete(waiter);
          reject(new Error(`${missing.size} of ${ids.length} events not received: ${String((signal.reason as Error)?.message ?? signal.reason)}`));
        };
        if (signal.aborted) return onAbort();
        waiters.add(waiter);
        signal.addEventListener("abort", onAbort, { once: true });
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
