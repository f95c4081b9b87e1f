// Test support for delivery tests: a real HTTP receiver on 127.0.0.1 that records every request and
// answers as told (fail the next N requests, answer slowly), and a webhook endpoint row to point at it.
import "server-only";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { prisma } from "../db";
import { now } from "../clock";
import { newId } from "../ids";
import { sealSecret } from "../crypto/secret-box";
import { newEndpointSecret } from "./endpoint-secrets";
import type { Tenant } from "../tenancy";

export type ReceivedRequest = {
  path: string;
  method: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** performance.now() when the body had arrived, for latency measurements. */
  receivedAt: number;
  /** The status the receiver answered with. */
  answered: number;
};

export type TestReceiver = {
  url(path?: string): string;
  requests: ReceivedRequest[];
  /** Successful receipts only (2xx answers). */
  accepted(path?: string): ReceivedRequest[];
  /** Answer the next `count` requests with `status` (default 503). */
  failNext(count: number, status?: number): void;
  /** Answer every request with `status` until told otherwise (null: back to 200). */
  failAlways(status: number | null): void;
  /** Wait this long before answering. */
  delayResponses(ms: number): void;
  waitFor(predicate: (requests: ReceivedRequest[]) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
};

export async function startTestReceiver(): Promise<TestReceiver> {
  const requests: ReceivedRequest[] = [];
  let failures = 0;
  let failureStatus = 503;
  let alwaysStatus: number | null = null;
  let delayMs = 0;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      let answered = 200;
      if (alwaysStatus !== null) answered = alwaysStatus;
      else if (failures > 0) {
        failures--;
        answered = failureStatus;
      }
      requests.push({
        path: request.url ?? "",
        method: request.method ?? "",
        headers: request.headers,
        body: Buffer.concat(chunks).toString("utf8"),
        receivedAt: performance.now(),
        answered,
      });
      const answer = () => {
        if (response.destroyed) return;
        response.writeHead(answered, { "Content-Type": "application/json" });
        response.end(answered < 300 ? '{"received":true}' : '{"error":"nope"}');
      };
      if (delayMs > 0) setTimeout(answer, delayMs);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path = "/hook") => `http://127.0.0.1:${port}${path}`,
    requests,
    accepted: (path) => requests.filter((request) => request.answered < 300 && (path === undefined || request.path === path)),
    failNext(count, status = 503) {
      failures = count;
      failureStatus = status;
    },
    failAlways(status) {
      alwaysStatus = status;
    },
    delayResponses(ms) {
      delayMs = ms;
    },
    async waitFor(predicate, timeoutMs = 5000) {
      const deadline = performance.now() + timeoutMs;
      while (!predicate(requests)) {
        if (performance.now() > deadline) throw new Error(`The receiver did not get what was expected within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type TestEndpoint = { id: string; secret: string };

/** An endpoint row written directly, with a sealed fresh secret (and, optionally, a previous one still valid). */
export async function createTestEndpoint(
  tenant: Tenant,
  url: string,
  options: { events?: string[]; mode?: "test" | "live"; active?: boolean; status?: string; previousSecret?: { secret: string; expiresAt: Date } } = {},
): Promise<TestEndpoint> {
  const secret = newEndpointSecret();
  const at = now();
  const endpoint = await prisma.webhookEndpoint.create({
    data: {
      id: newId("webhookEndpoint"),
      workspaceId: tenant.workspaceId,
      mode: options.mode ?? tenant.mode,
      url,
      events: JSON.stringify(options.events ?? ["*"]),
      secretCiphertext: sealSecret(secret),
      previousSecretCiphertext: options.previousSecret ? sealSecret(options.previousSecret.secret) : null,
      previousSecretExpiresAt: options.previousSecret?.expiresAt ?? null,
      active: options.active ?? true,
      status: options.status ?? "enabled",
      createdAt: at,
      updatedAt: at,
    },
  });
  return { id: endpoint.id, secret };
}
