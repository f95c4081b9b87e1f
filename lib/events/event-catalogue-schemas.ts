// One table of event kinds with both of Plugipay's names for each (docs/api.md §8.2, §8.3): the seed
// page's short name, which is what is stored, and the official SDKs' versioned name. Pure data, no
// database: the schemas, the fan-out and GET /events/types all read it.

/** How the names of events are written on the way out (docs/api.md §8.3). */
export const EVENT_NAMINGS = ["seed", "versioned"] as const;

export type EventNaming = (typeof EVENT_NAMINGS)[number];

/** One kind of event: its two names, the kind of object it is about, and when it is appended. */
export type EventKind = {
  readonly type: string;
  readonly versionedType: string;
  readonly aggregateType: string;
  readonly description: string;
};

/** The versioned name: `plugipay.<aggregate>.<action>.v1`, with the SDKs' American spelling. */
function kind<const Type extends string>(type: Type, description: string, versionedAction?: string): EventKind & { readonly type: Type } {
  const [aggregateType = "", action = ""] = type.split(".");
  return { type, versionedType: `plugipay.${aggregateType}.${versionedAction ?? action}.v1`, aggregateType, description };
}

export const EVENT_CATALOGUE = [
  kind("customer.created", "A customer was created."),
  kind("customer.updated", "A customer changed, its default card included."),
  kind("customer.deleted", "A customer was deleted."),
  kind("plan.created", "A plan was created."),
  kind("plan.updated", "A plan changed or gained a price."),
  kind("plan.archived", "A plan was archived."),
  kind("subscription.created", "A subscription was created."),
  kind("subscription.updated", "A subscription changed (status, card, metadata, plan, period)."),
  kind("subscription.paused", "A subscription was paused."),
  kind("subscription.resumed", "A paused subscription was resumed."),
  kind("subscription.cancelled", "A subscription was cancelled or scheduled to cancel.", "canceled"),
  kind("subscription.renewed", "A subscription started a new billing period."),
  kind("payment_method.attached", "A card was added to a customer."),
  kind("payment_method.detached", "A card was removed from a customer."),
  kind("invoice.created", "An invoice was created."),
  kind("invoice.finalized", "A draft invoice was finalized."),
  kind("invoice.sent", "An invoice was sent to the customer by email."),
  kind("invoice.paid", "An invoice was paid."),
  kind("invoice.voided", "An invoice was voided."),
  kind("invoice.failed", "Collection of an invoice was given up."),
  kind("invoice.payment_failed", "A charge for an invoice failed."),
  kind("webhook_endpoint.disabled", "A failing webhook endpoint was disabled."),
] as const satisfies readonly EventKind[];

/** The stored (seed) names, in catalogue order. */
export const EVENT_TYPES = EVENT_CATALOGUE.map((entry) => entry.type);

export type EventType = (typeof EVENT_CATALOGUE)[number]["type"];

const BY_NAME = new Map<string, EventKind>(
  EVENT_CATALOGUE.flatMap(
    (entry) =>
      [
        [entry.type, entry],
        [entry.versionedType, entry],
      ] as const,
  ),
);

/** The kind named by either of its names, or undefined. */
export function findEventKind(name: string): EventKind | undefined {
  return BY_NAME.get(name);
}

/**
 * Both names of the kind `name` names, seed first, or [] for a name outside the catalogue: what a
 * filter on a column written in either naming (a delivery's type) matches.
 */
export function bothNamesOf(name: string): string[] {
  const entry = findEventKind(name);
  return entry ? [entry.type, entry.versionedType] : [];
}

/** Whether `name` is a versioned name of the catalogue. */
export function isVersionedEventName(name: string): boolean {
  return findEventKind(name)?.versionedType === name;
}

/** A stored (seed) type written in `naming`; a name outside the catalogue is returned as it is. */
export function eventNameIn(naming: EventNaming, type: string): string {
  const entry = findEventKind(type);
  return entry && naming === "versioned" ? entry.versionedType : type;
}

/** Every name of every kind: what inputs that name a type accept. */
export const EVENT_NAMES: readonly string[] = [...BY_NAME.keys()];
