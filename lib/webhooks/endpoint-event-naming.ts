// A webhook endpoint's event names (docs/api.md §8.3): it subscribes by either name, stores the seed
// names (what events are stored and matched by), and shows and receives them in its eventNaming.
import { eventNameIn, findEventKind, isVersionedEventName, type EventNaming } from "../events/event-catalogue-schemas";

/** The naming a new endpoint gets unless its body sets one: versioned for an SDK-style body. */
export function defaultEventNaming(events: readonly string[] | undefined): EventNaming {
  return events === undefined || events.some(isVersionedEventName) ? "versioned" : "seed";
}

/**
 * The naming after an update: the body's own, else versioned when its `events` name a versioned type
 * (an SDK-style update), else unchanged — short names or ["*"] do not turn a versioned endpoint back.
 */
export function updatedEventNaming(current: EventNaming, input: { events?: readonly string[]; eventNaming?: EventNaming }): EventNaming {
  if (input.eventNaming !== undefined) return input.eventNaming;
  return input.events?.some(isVersionedEventName) ? "versioned" : current;
}

/** Subscribed names as stored: each kind by its seed name, once; "*" stays as it is. */
export function toStoredEventTypes(events: readonly string[]): string[] {
  return [...new Set(events.map((name) => findEventKind(name)?.type ?? name))];
}

/** Stored subscribed names as the endpoint shows them. */
export function inEndpointNaming(naming: EventNaming, stored: readonly string[]): string[] {
  return stored.map((type) => eventNameIn(naming, type));
}

/** The stored column as a naming; anything unexpected reads as the seed names. */
export function toEventNaming(stored: string): EventNaming {
  return stored === "versioned" ? "versioned" : "seed";
}
