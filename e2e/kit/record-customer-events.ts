// What happened to one customer, read back from GET /v1/events (docs/api.md §8): the events about
// the customer itself or its subscriptions, cards and invoices, since the recorder started. Events
// the test's own setup caused are left out, so assertions see only what the test did.
import type { Customer, PlugipayClient, PlugipayEvent } from "../../lib/sdk";

export type CustomerEvents = {
  /** The new events, oldest first. */
  since(): Promise<PlugipayEvent[]>;
  /** Their types, oldest first. */
  typesSince(): Promise<string[]>;
};

export async function recordCustomerEvents(client: PlugipayClient, customer: Customer): Promise<CustomerEvents> {
  // The server's own timestamps bound the search, so the test machine's clock does not matter.
  const occurredAfter = new Date(Date.parse(customer.createdAt) - 1000).toISOString();
  const isAboutCustomer = (event: PlugipayEvent) => {
    const object = event.data.object as { id?: string; customerId?: string };
    return object.id === customer.id || object.customerId === customer.id;
  };
  const listAboutCustomer = async () => {
    const events: PlugipayEvent[] = [];
    for await (const event of client.events.listAll({ occurredAfter, order: "asc", limit: 100 })) {
      if (isAboutCustomer(event)) events.push(event);
    }
    return events;
  };
  const before = new Set((await listAboutCustomer()).map((event) => event.id));
  const since = async () => (await listAboutCustomer()).filter((event) => !before.has(event.id));
  return { since, typesSince: async () => (await since()).map((event) => event.type) };
}
