-- A webhook endpoint's deliveries carry the seed or the versioned event names (docs/api.md §8.3).
ALTER TABLE "WebhookEndpoint" ADD COLUMN "eventNaming" TEXT NOT NULL DEFAULT 'seed';
