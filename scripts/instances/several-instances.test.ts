// Several instances on one PostgreSQL (issue 10, item 2): two app instances (`scripts/serve.mjs`) over the one
// production build and two workers (scripts/instances/cluster.ts). Rate limits, idempotency, portal
// browser sessions, webhook claims and billing leases live in the database, so what one instance or
// worker did holds on the other. Runs after `next build` in npm test (scripts/test-instances.sh);
// prints its figures.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startCluster, type Cluster } from "./cluster";
import { expectData, signedFetch, type Key, type SignedAnswer } from "./signed-fetch";
import { startWebhookReceiver } from "./webhook-receiver";

type Customer = { id: string; name: string; email: string };
type ListPage<T> = T[];

let cluster: Cluster;
let key: Key;
let customer: Customer;

function figure(line: string): void {
  process.stdout.write(`[several instances] ${line}\n`);
}

function instance(index: number): string {
  return cluster.instances[index % 2]!;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Waits until `done` holds, polling; throws with `what` after the deadline. */
async function eventually(what: string, done: () => boolean | Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await sleep(200);
  }
}

/** A POST retried after a 429, as a client honouring Retry-After would. */
async function postPatiently<T>(index: number, path: string, body: unknown): Promise<SignedAnswer<T>> {
  for (;;) {
    const answer = await signedFetch<T>(instance(index), key, { path, body });
    if (answer.status !== 429) return answer;
    await sleep(Number(answer.headers.get("retry-after") ?? "1") * 1000);
  }
}

/** A create that must succeed (201), retried after a 429. */
async function create<T>(index: number, path: string, body: unknown): Promise<T> {
  return expectData(201, postPatiently<T>(index, path, body));
}

/** Waits until the portal-session bucket is full again (one token a fifth of a second at the test's rates). */
async function refillBuckets(): Promise<void> {
  await sleep(2000);
}

beforeAll(async () => {
  cluster = await startCluster(process.env.TEST_POSTGRES_URL ?? "");
  const workspace = cluster.seed.workspaces[0]!;
  key = workspace.keys.find((candidate) => candidate.scopes.includes("*"))!;
  customer = workspace.customers[0]!;
  figure(`instances ${cluster.instances.join(" and ")}, two workers, one PostgreSQL database`);
}, 180_000);

afterAll(async () => {
  await cluster?.stop();
}, 30_000);

describe("two app instances and two workers on one PostgreSQL", () => {
  test("a burst of 60 signed mints spread over both instances shares one bucket: 201s, then 429s, never a 5xx", async () => {
    // Each instance loads the route once before the burst, so the burst measures the bucket, not start-up.
    for (const index of [0, 1]) await create(index, "/v1/portal-sessions", { customerId: customer.id, returnUrl: "https://merchant.example/account" });
    await refillBuckets();
    const started = Date.now();
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, index) =>
        signedFetch(instance(index), key, { path: "/v1/portal-sessions", body: { customerId: customer.id, returnUrl: "https://merchant.example/account" } }),
      ),
    );
    const elapsedSeconds = (Date.now() - started) / 1000;
    const count = (predicate: (status: number) => boolean) => answers.filter((answer) => predicate(answer.status)).length;
    const created = count((status) => status === 201);
    const limited = count((status) => status === 429);
    const serverErrors = count((status) => status >= 500);
    const limit = Number(answers[0]!.headers.get("x-ratelimit-limit"));
    figure(
      `burst of 60 mints in ${elapsedSeconds.toFixed(2)} s: ${created}×201, ${limited}×429, ${serverErrors}×5xx (one bucket of ${limit}, refilling ${limit}/s)`,
    );

    expect(serverErrors).toBe(0);
    expect(created + limited).toBe(60);
    expect(limited).toBeGreaterThan(0);
    // One bucket: no more than its capacity plus what it refilled while the burst lasted. Two
    // buckets (one per instance) would have let twice that through.
    expect(created).toBeLessThanOrEqual(limit + Math.ceil(limit * elapsedSeconds) + 1);
    for (const index of [0, 1]) {
      const fromInstance = answers.filter((_, answered) => answered % 2 === index);
      expect(
        fromInstance.some((answer) => answer.status === 429),
        `instance ${index} refused some`,
      ).toBe(true);
    }
    const refusal = answers.find((answer) => answer.status === 429)!;
    expect(refusal.json?.error?.code).toBe("rate_limited");
    expect(Number(refusal.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    await refillBuckets();
  }, 60_000);

  test("an idempotent create replayed on the other instance returns the same response and makes one customer", async () => {
    const email = `replayed.${randomUUID().slice(0, 8)}@example.com`;
    const idempotencyKey = `idem_${randomUUID()}`;
    const body = { name: "Replayed Across Instances", email };
    const first = await signedFetch<Customer>(instance(0), key, { path: "/v1/customers", body, idempotencyKey });
    const replay = await signedFetch<Customer>(instance(1), key, { path: "/v1/customers", body, idempotencyKey });
    expect(first.status).toBe(201);
    expect(replay.status).toBe(201);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(replay.text).toBe(first.text);

    // The same key sent to both at once: one runs, the other is told it is in progress (409) or replays.
    const racedKey = `idem_${randomUUID()}`;
    const racedBody = { name: "Raced Across Instances", email: `raced.${randomUUID().slice(0, 8)}@example.com` };
    const raced = await Promise.all(
      [0, 1].map((index) => signedFetch<Customer>(instance(index), key, { path: "/v1/customers", body: racedBody, idempotencyKey: racedKey })),
    );
    const statuses = raced.map((answer) => answer.status);
    figure(`idempotent replay across instances: ${first.status} then ${replay.status} (replayed, same body); raced pair answered ${statuses.join(" and ")}`);
    expect(statuses.every((status) => status === 201 || status === 409)).toBe(true);
    expect(statuses).toContain(201);
    const racedReplay = await signedFetch<Customer>(instance(1), key, { path: "/v1/customers", body: racedBody, idempotencyKey: racedKey });
    expect(racedReplay.status).toBe(201);

    for (const [address, expectedId] of [
      [email, first.json?.data.id],
      [racedBody.email, racedReplay.json?.data.id],
    ] as const) {
      const listed = await expectData<ListPage<Customer>>(200, signedFetch(instance(0), key, { path: `/v1/customers?email=${encodeURIComponent(address)}` }));
      expect(listed.map((listedCustomer) => listedCustomer.id)).toEqual([expectedId]);
    }
  }, 60_000);

  test("a portal cookie set by one instance signs the customer in on the other", async () => {
    const minted = await create<{ url: string }>(0, "/v1/portal-sessions", { customerId: customer.id, returnUrl: "https://merchant.example/account" });
    const url = new URL(minted.url);
    const sessionPath = url.pathname.replace(/\/+$/, "");
    const token = new URLSearchParams(url.hash.slice(1)).get("t")!;
    const exchange = await fetch(`${instance(0)}${sessionPath}/session`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: cluster.portalOrigin, "Sec-Fetch-Site": "same-origin" },
      body: JSON.stringify({ token }),
    });
    expect(exchange.status).toBe(204);
    const cookie = exchange.headers
      .getSetCookie()
      .find((line) => line.startsWith("plugipay_portal="))!
      .split(";")[0]!;

    const signedIn = await fetch(`${instance(1)}${sessionPath}`, { headers: { Cookie: cookie }, redirect: "manual" });
    const page = await signedIn.text();
    const anonymous = await fetch(`${instance(1)}${sessionPath}`, { redirect: "manual" });
    const anonymousPage = await anonymous.text();
    figure(`portal cookie from instance A on instance B: ${signedIn.status} with the cookie, ${anonymous.status} without`);
    expect(signedIn.status).toBe(200);
    expect(page).toContain(customer.name);
    expect(anonymousPage).not.toContain(customer.name);
  }, 60_000);

  test("each event is delivered exactly once to a local receiver by the two workers", async () => {
    const receiver = await startWebhookReceiver();
    try {
      const endpoint = await create<{ id: string }>(0, "/v1/webhooks", { url: receiver.url, events: ["customer.created"] });
      const created = await Promise.all(
        Array.from({ length: 30 }, (_, index) =>
          create<Customer>(index, "/v1/customers", { name: `Delivered ${index}`, email: `delivered.${index}.${randomUUID().slice(0, 8)}@example.com` }),
        ),
      );
      await eventually("30 customer.created events reached the receiver", () => receiver.deliveriesByEvent.size >= created.length);
      await sleep(3000); // time for any second delivery of an event to arrive
      const events = await expectData<ListPage<{ id: string; data: { object: { id: string } } }>>(
        200,
        signedFetch(instance(1), key, { path: "/v1/events?type=customer.created&limit=100" }),
      );
      const createdIds = new Set(created.map((made) => made.id));
      const expectedEventIds = events.filter((event) => createdIds.has(event.data.object.id)).map((event) => event.id);
      const perEvent = [...receiver.deliveriesByEvent.values()];
      figure(
        `webhooks: ${expectedEventIds.length} events, ${receiver.types.length} deliveries received, per event min ${Math.min(...perEvent)} max ${Math.max(...perEvent)} (endpoint ${endpoint.id})`,
      );
      expect(expectedEventIds).toHaveLength(30);
      expect([...receiver.deliveriesByEvent.keys()].sort()).toEqual([...expectedEventIds].sort());
      expect(perEvent.every((deliveries) => deliveries === 1)).toBe(true);
    } finally {
      await receiver.close();
    }
  }, 120_000);

  test("a test-clock advance raced by both instances and both workers renews each subscription once", async () => {
    const plan = await create<{ id: string; prices: { id: string }[] }>(0, "/v1/plans", {
      name: "Billed once",
      interval: "month",
      prices: [{ currency: "USD", unitAmount: 1500, model: "flat" }],
    });
    // Created at once on both instances: each first invoice takes the next number (no 5xx on a clash).
    const subscriptions = await Promise.all(
      Array.from({ length: 6 }, async (_, index) => {
        const subscriber = await create<Customer>(index, "/v1/customers", {
          name: `Billed ${index}`,
          email: `billed.${index}.${randomUUID().slice(0, 8)}@example.com`,
        });
        return create<{ id: string }>(index, "/v1/subscriptions", {
          customerId: subscriber.id,
          planId: plan.id,
          priceId: plan.prices[0]!.id,
          collectionMethod: "send_invoice",
        });
      }),
    );
    const invoiceCounts = async () =>
      Promise.all(
        subscriptions.map(async (subscription, index) => {
          const invoices = await expectData<ListPage<{ id: string }>>(
            200,
            signedFetch(instance(index), key, { path: `/v1/invoices?subscriptionId=${subscription.id}` }),
          );
          return invoices.length;
        }),
      );
    expect(await invoiceCounts()).toEqual(subscriptions.map(() => 1));

    // Instance A moves the workspace's clock a month on and bills; instance B nudges it a second and
    // bills too; both workers see the same clock and bill on their next pass.
    const advances = await Promise.all([
      postPatiently(0, "/v1/test/clocks/advance", { days: 31 }),
      postPatiently(1, "/v1/test/clocks/advance", { seconds: 1 }),
    ]);
    expect(advances.map((answer) => answer.status)).toEqual([200, 200]);
    await sleep(3000); // the workers' passes (every 500 ms when idle)
    const counts = await invoiceCounts();
    const processed = advances.map((answer) => (answer.json?.data as { processed?: number } | undefined)?.processed ?? 0);
    figure(
      `billing: ${subscriptions.length} subscriptions, invoices each after the advance ${counts.join(",")}; the two API runs processed ${processed.join(" and ")}`,
    );
    expect(counts).toEqual(subscriptions.map(() => 2));
  }, 120_000);
});
