// What Plugipay's official Node SDK (hachimi-cat/plugipay-node, src/types.ts) promises a merchant
// about each object we serve, in its newest version and in the earlier release at commit 27f7a85
// (whose fields the newest dropped are kept, and where the two differ the stricter holds): every
// field's name, its kind, and whether it may be null. Written here as plain data, in our words, so a
// test can hold every response to it (issue 9, item 4): a field the SDK declares must be present —
// null when it has no value, never absent — and of its kind. Fields of ours that the SDK does not
// declare are allowed (docs/api.md §10, docs/decisions/0012).

/** The kinds of value a field may hold. `time` is an ISO 8601 UTC string; `stringMap` an object of strings. */
export type FieldKind = "string" | "time" | "integer" | "number" | "boolean" | "stringMap" | "stringList" | "unknown";

export type FieldSpec = {
  /** A scalar kind, a nested object (`object`) or an array of objects (`list`) described by `table`. */
  readonly kind: FieldKind | "object" | "list";
  readonly nullable: boolean;
  /** The only values the SDK's type admits, where it names them. */
  readonly oneOf?: readonly string[];
  /** The table of a nested object or of each item of a list. */
  readonly table?: ObjectName;
  /** The SDK marks it optional: absent is allowed (e.g. a secret shown only once). */
  readonly optional?: boolean;
};

export type FieldTable = Readonly<Record<string, FieldSpec>>;

const required = (kind: FieldKind): FieldSpec => ({ kind, nullable: false });
const orNull = (kind: FieldKind): FieldSpec => ({ kind, nullable: true });
const choice = (...values: string[]): FieldSpec => ({ kind: "string", nullable: false, oneOf: values });
const choiceOrNull = (...values: string[]): FieldSpec => ({ kind: "string", nullable: true, oneOf: values });
const nested = (table: ObjectName): FieldSpec => ({ kind: "object", nullable: false, table });
const listOf = (table: ObjectName): FieldSpec => ({ kind: "list", nullable: false, table });
const mayBeAbsent = (spec: FieldSpec): FieldSpec => ({ ...spec, optional: true });

const text = required("string");
const time = required("time");
const integer = required("integer");
const flag = required("boolean");
const metadata = orNull("stringMap");

export type ObjectName =
  | "customer"
  | "plan"
  | "price"
  | "portalFeatures"
  | "subscription"
  | "invoice"
  | "invoiceLine"
  | "portalSession"
  | "webhookEndpoint"
  | "webhookDelivery"
  | "webhookDeliveryAttempt"
  | "event"
  | "sentInvoiceEmail";

export const OFFICIAL_SDK_FIELD_TABLES: Readonly<Record<ObjectName, FieldTable>> = {
  customer: {
    id: text,
    arn: text,
    accountId: text,
    externalId: orNull("string"),
    email: orNull("string"),
    name: orNull("string"),
    phone: orNull("string"),
    taxId: orNull("string"),
    // No address: the SDK's customer type declares none; ours (docs/api.md §10.2) is a field of our own.
    defaultPaymentTokenId: orNull("string"),
    metadata,
    createdAt: time,
    updatedAt: time,
  },
  plan: {
    id: text,
    arn: text,
    accountId: text,
    name: text,
    description: orNull("string"),
    interval: choice("day", "week", "month", "year"),
    intervalCount: integer,
    trialDays: integer,
    prices: listOf("price"),
    // From the earlier SDK release (27f7a85): a plan-level price.
    currency: text,
    amount: integer,
    usageAggregate: choiceOrNull("sum", "max", "last"),
    meteredUnit: orNull("string"),
    portalFeatures: nested("portalFeatures"),
    dunningPolicyId: orNull("string"),
    active: flag,
    archivedAt: orNull("time"),
    metadata,
    createdAt: time,
    updatedAt: time,
  },
  price: {
    id: text,
    planId: text,
    currency: text,
    // The earlier release names only flat and usage; a value both releases admit.
    model: choice("flat", "usage"),
    unitAmount: orNull("integer"),
    tiers: orNull("unknown"),
    taxMode: choice("inclusive", "exclusive"),
    active: flag,
    createdAt: time,
  },
  portalFeatures: {
    selfServeCancel: flag,
    selfServePause: flag,
    selfServeUpgrade: flag,
    selfServeDowngrade: flag,
    updatePaymentMethod: flag,
  },
  subscription: {
    id: text,
    arn: text,
    accountId: text,
    customerId: text,
    planId: text,
    priceId: orNull("string"),
    status: choice("trialing", "active", "past_due", "canceled", "paused", "incomplete"),
    currentPeriodStart: time,
    currentPeriodEnd: time,
    trialEnd: orNull("time"),
    cancelAt: orNull("time"),
    // From the earlier SDK release (27f7a85): later releases replaced them with trialEnd and cancelAt.
    trialEndsAt: orNull("time"),
    cancelAtPeriodEnd: flag,
    canceledAt: orNull("time"),
    canceledReason: choiceOrNull("customer_portal", "merchant", "failed_payment", "user_request"),
    pausedAt: orNull("time"),
    defaultPaymentTokenId: orNull("string"),
    discountCouponId: orNull("string"),
    collectionMethod: choice("charge_automatically", "send_invoice"),
    metadata,
    createdAt: time,
    updatedAt: time,
  },
  invoice: {
    id: text,
    arn: text,
    accountId: text,
    customerId: text,
    subscriptionId: orNull("string"),
    status: choice("draft", "open", "past_due", "paid", "void", "uncollectible"),
    number: text,
    currency: text,
    subtotal: integer,
    discount: integer,
    tax: integer,
    total: integer,
    amountPaid: integer,
    amountDue: integer,
    dueAt: orNull("time"),
    issuedAt: orNull("time"),
    paidAt: orNull("time"),
    voidedAt: orNull("time"),
    hostedInvoiceUrl: orNull("string"),
    chargeId: orNull("string"),
    collectionAttempts: integer,
    lines: listOf("invoiceLine"),
    metadata,
    createdAt: time,
    updatedAt: time,
  },
  invoiceLine: {
    id: text,
    description: text,
    quantity: integer,
    unitAmount: integer,
    amount: integer,
    priceId: orNull("string"),
    metadata,
  },
  portalSession: {
    id: text,
    arn: text,
    accountId: text,
    customerId: text,
    url: text,
    returnUrl: text,
    expiresAt: time,
    createdAt: time,
  },
  webhookEndpoint: {
    id: text,
    // Optional in the newest release, required in the earlier one.
    accountId: text,
    mode: choice("live", "test"),
    url: text,
    events: required("stringList"),
    description: orNull("string"),
    active: flag,
    consecutiveFailures: integer,
    failingSince: orNull("time"),
    disabledAt: orNull("time"),
    disabledReason: orNull("string"),
    secret: mayBeAbsent(text),
    createdAt: time,
    updatedAt: time,
  },
  webhookDelivery: {
    id: text,
    endpointId: text,
    eventId: text,
    type: text,
    body: text,
    status: choice("pending", "succeeded", "failed"),
    attempts: integer,
    nextRetryAt: orNull("time"),
    lastAttemptAt: orNull("time"),
    deliveredAt: orNull("time"),
    responseCode: orNull("integer"),
    lastError: orNull("string"),
    createdAt: time,
    updatedAt: time,
    attemptLog: listOf("webhookDeliveryAttempt"),
  },
  webhookDeliveryAttempt: {
    attemptNumber: integer,
    status: choice("succeeded", "failed"),
    responseCode: orNull("integer"),
    durationMs: integer,
    error: orNull("string"),
    nextRetryAt: orNull("time"),
    attemptedAt: time,
  },
  event: {
    id: text,
    type: text,
    // Nullable in the newest release, never null in the earlier one.
    accountId: text,
    mode: choiceOrNull("live", "test"),
    occurredAt: time,
    data: required("unknown"),
    metadata: orNull("unknown"),
    createdAt: time,
    publishedAt: orNull("time"),
  },
  /** What `invoices.sendEmail` reads back. */
  sentInvoiceEmail: {
    sent: flag,
    to: text,
  },
};
