// Request schemas of the webhook endpoint API (contract §10). Mode-dependent URL rules (https only
// in live mode) are checked by the domain functions, which know the mode.
import { z } from "zod";
import { listQueryWith } from "../api/list-query";
import { EVENT_TYPES } from "../events/append-event";
import { ALL_EVENTS } from "./match-event";
import { webhookUrlProblem } from "./webhook-url";

export const DELIVERY_STATUSES = ["pending", "succeeded", "failed"] as const;

const SUBSCRIBABLE: readonly string[] = [...EVENT_TYPES, ALL_EVENTS];

const Url = z
  .string()
  .superRefine((value, context) => {
    const problem = webhookUrlProblem(value, "test");
    if (problem) context.addIssue({ code: "custom", message: problem });
  })
  .describe("Where events are POSTed. Absolute, at most 2048 characters, no credentials; https:// in live mode (test mode also allows http://, loopback included).");

const Events = z
  .array(z.string().max(100))
  .min(1, "must list at least one event type")
  .max(100)
  .superRefine((events, context) => {
    const unknown = events.find((type) => !SUBSCRIBABLE.includes(type));
    if (unknown !== undefined) context.addIssue({ code: "custom", message: `unknown event type '${unknown}'` });
    else if (events.includes(ALL_EVENTS) && events.some((type) => type !== ALL_EVENTS)) {
      context.addIssue({ code: "custom", message: `'${ALL_EVENTS}' cannot be combined with other event types` });
    }
  })
  .transform((events) => [...new Set(events)])
  .meta({ items: { type: "string", enum: SUBSCRIBABLE } })
  .describe('The event types to receive (duplicates are dropped), or ["*"] for every type.');

const Description = z.string().max(500).describe("Your own note about this endpoint.");

export const CreateWebhookBody = z
  .object({ url: Url, events: Events, description: Description.nullable().optional() })
  .strict();

export const UpdateWebhookBody = z
  .object({
    url: Url.optional(),
    events: Events.optional(),
    description: Description.nullable().optional(),
    active: z.boolean().optional().describe("false pauses the endpoint; true re-enables a paused, disabled or errored one and clears its failure streak."),
  })
  .strict();

export const EmptyBody = z.object({}).strict();

export const ListDeliveriesQuery = listQueryWith({
  status: z.enum(DELIVERY_STATUSES).optional().describe("Only deliveries in this status."),
});

export type CreateWebhookInput = z.infer<typeof CreateWebhookBody>;
export type UpdateWebhookInput = z.infer<typeof UpdateWebhookBody>;
