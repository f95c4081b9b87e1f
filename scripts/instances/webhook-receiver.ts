// A local webhook receiver on loopback: counts every delivery by event id (answering 200), so the
// several-instances test can see that each event arrived exactly once across two workers.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export type WebhookReceiver = {
  url: string;
  /** Deliveries received per event id. */
  deliveriesByEvent: Map<string, number>;
  /** Every delivery's event type, in arrival order. */
  types: string[];
  close(): Promise<void>;
};

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const deliveriesByEvent = new Map<string, number>();
  const types: string[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      try {
        const event = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { id: string; type: string };
        deliveriesByEvent.set(event.id, (deliveriesByEvent.get(event.id) ?? 0) + 1);
        types.push(event.type);
        response.writeHead(200).end("ok");
      } catch {
        response.writeHead(400).end("not json");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/plugipay`,
    deliveriesByEvent,
    types,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
