// Schemas of the webhook endpoint API (docs/api.md §8, §10): request bodies, the deliveries query, the
// endpoint and delivery objects. Mode-dependent URL rules (https only in live mode) are checked by
// the domain functions, which know the mode.
import { z } from "zod";
import { listQueryWith } from "../api/list-query-schemas";
import { AccountId, CreatedAt, NullableTime, Time, UpdatedAt } from "../api/resource-field-schemas";
import { EVENT_NAMES, EVENT_NAMINGS } from "../events/event-catalogue-schemas";

export const DELIVERY_STATUSES = ["pending", "succeeded", "failed"] as const;
export const ATTEMPT_STATUSES = ["succeeded", "failed"] as const;
export const ENDPOINT_STATUSES = ["enabled", "disabled", "errored"] as const;

export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number];
export type WebhookEndpointStatus = (typeof ENDPOINT_STATUSES)[number];

/** Subscribes an endpoint to every event type. */
export const ALL_EVENTS = "*";

const SUBSCRIBABLE: readonly string[] = [...EVENT_NAMES, ALL_EVENTS];

const MAX_URL_LENGTH = 2048;

/**
 * Why `value` cannot be a webhook URL in any mode, or null: an absolute http(s) URL of at most 2048
 * characters without credentials. Live mode adds rules (lib/webhooks/webhook-url.ts).
 */
export function webhookUrlShapeProblem(value: string): string | null {
  if (value.length > MAX_URL_LENGTH) return `must be at most ${MAX_URL_LENGTH} characters`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "must be an absolute URL";
  }
  if (value.trim() !== value || url.hostname === "") return "must be an absolute URL";
  if (url.protocol !== "https:" && url.protocol !== "http:") return "must be an http:// or https:// URL";
  if (url.username !== "" || url.password !== "") return "must not contain credentials";
  return null;
}

const Url = z
  .string()
  .superRefine((value, context) => {
    const problem = webhookUrlShapeProblem(value);
    if (problem) context.addIssue({ code: "custom", message: problem });
  })
  .describe(
    "Where events are POSTed. Absolute, at most 2048 characters, no credentials; https:// in live mode (test mode also allows http://). Never a loopback, private, link-local, shared, reserved or multicast address, nor a name resolving to one, unless the deployment sets WEBHOOK_ALLOW_PRIVATE_TARGETS=1.",
  );

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
  .describe('The event types to receive, by either name (duplicates are dropped), or ["*"] for every type.');

const EventNaming = z
  .enum(EVENT_NAMINGS)
  .describe('The names deliveries carry: "seed" (invoice.paid) or "versioned" (plugipay.invoice.paid.v1) (docs/api.md §8.3).');

const Description = z.string().max(500).describe("Your own note about this endpoint.");

export const CreateWebhookBody = z
  .object({
    url: Url,
    events: Events.optional().describe('The event types to receive, by either name, or ["*"]; omitted means every type.'),
    description: Description.nullable().optional(),
    eventNaming: EventNaming.optional().describe('Defaults to "versioned" when `events` names a versioned type or is omitted, "seed" otherwise.'),
  })
  .strict();

export const UpdateWebhookBody = z
  .object({
    url: Url.optional(),
    events: Events.optional(),
    description: Description.nullable().optional(),
    eventNaming: EventNaming.optional().describe('Unchanged unless given, or set to "versioned" when `events` names a versioned type.'),
    active: z.boolean().optional().describe("false pauses the endpoint; true re-enables a paused, disabled or errored one and clears its failure streak."),
  })
  .strict();

export const ListDeliveriesQuery = listQueryWith({
  status: z.enum(DELIVERY_STATUSES).optional().describe("Only deliveries in this status."),
});

export type CreateWebhookInput = z.infer<typeof CreateWebhookBody>;
export type UpdateWebhookInput = z.infer<typeof UpdateWebhookBody>;

/** The webhook endpoint object; lib/webhooks/webhook-endpoint-resource.ts maps a row to it. */
export const WebhookEndpointResource = z
  .object({
    id: z.string().describe("whep_<ULID>, the endpoint's identifier."),
    accountId: AccountId,
    mode: z.string().describe('"test" or "live": the events of which mode it receives.'),
    url: z.string().describe("Where events are POSTed."),
    events: z.array(z.string()).describe('The event types it receives, in its eventNaming, or ["*"] for every type.'),
    eventNaming: EventNaming,
    description: z.string().nullable().describe("Your own note about this endpoint, or null."),
    active: z.boolean().describe("false while paused by you."),
    status: z.enum(ENDPOINT_STATUSES).describe("enabled, disabled (after repeated failures) or errored."),
    consecutiveFailures: z.number().int().describe("Failed deliveries in a row."),
    failingSince: NullableTime.describe("When the current failure streak began, or null."),
    disabledAt: NullableTime.describe("When deliveries were stopped, or null."),
    disabledReason: z.string().nullable().describe("Why deliveries were stopped, or null."),
    createdAt: CreatedAt,
    updatedAt: UpdatedAt,
  })
  .strict();

export type WebhookEndpointResource = z.input<typeof WebhookEndpointResource>;

/** The create and rotate-secret responses: the only ones that show the signing secret. */
export const WebhookEndpointWithSecretResource = WebhookEndpointResource.extend({
  secret: z.string().describe("whsec_…, the signing secret; shown only in this response."),
}).strict();

export type WebhookEndpointWithSecretResource = z.input<typeof WebhookEndpointWithSecretResource>;

/** One delivery attempt of a webhook delivery's attempt log. */
export const WebhookAttemptResource = z
  .object({
    attemptNumber: z.number().int().describe("1 for the first attempt."),
    status: z.enum(ATTEMPT_STATUSES).describe("succeeded on a 2xx answer within the timeout."),
    responseCode: z.number().int().nullable().describe("The receiver's HTTP status, or null without an answer."),
    durationMs: z.number().int().describe("How long the attempt took."),
    error: z.string().nullable().describe("Why the attempt failed, or null."),
    nextRetryAt: NullableTime.describe("When the next attempt was scheduled after this one, or null."),
    attemptedAt: Time.describe("When the attempt was made."),
  })
  .strict();

export type WebhookAttemptResource = z.input<typeof WebhookAttemptResource>;

/** The webhook delivery object; lib/webhooks/webhook-delivery-resource.ts maps a row to it. */
export const WebhookDeliveryResource = z
  .object({
    id: z.string().describe("The delivery's identifier."),
    endpointId: z.string().describe("The whep_… endpoint delivered to."),
    eventId: z.string().describe("The evt_… event delivered."),
    type: z.string().describe("The event's type."),
    body: z.string().describe("The exact JSON body POSTed (and signed)."),
    status: z.enum(DELIVERY_STATUSES).describe("pending until it succeeds or retries run out."),
    attempts: z.number().int().describe("Attempts made so far."),
    nextRetryAt: NullableTime.describe("When a pending delivery is next due, or null once settled."),
    lastAttemptAt: NullableTime.describe("When the last attempt was made, or null."),
    deliveredAt: NullableTime.describe("When it succeeded, or null."),
    responseCode: z.number().int().nullable().describe("The last answer's HTTP status, or null."),
    lastError: z.string().nullable().describe("Why the last attempt failed, or null."),
    createdAt: CreatedAt,
    updatedAt: UpdatedAt,
    attemptLog: z.array(WebhookAttemptResource).describe("Every attempt, oldest first."),
  })
  .strict();

export type WebhookDeliveryResource = z.input<typeof WebhookDeliveryResource>;
