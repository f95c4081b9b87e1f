// Which events an endpoint subscribed to: a list of event types, or ["*"] for every type.
import { ALL_EVENTS } from "./webhook-schemas";

export function matchesEvent(events: string[], type: string): boolean {
  return events.includes(ALL_EVENTS) || events.includes(type);
}
