/*
  Warnings:

  - Added the required column `body` to the `WebhookDelivery` table without a default value. This is not possible if the table is not empty.
  - Added the required column `eventType` to the `WebhookDelivery` table without a default value. This is not possible if the table is not empty.

*/
-- AlterTable
ALTER TABLE "WebhookEndpoint" ADD COLUMN "previousSecretCiphertext" TEXT;
ALTER TABLE "WebhookEndpoint" ADD COLUMN "previousSecretExpiresAt" DATETIME;

-- CreateTable
CREATE TABLE "WebhookAttempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "deliveryId" TEXT NOT NULL,
    "attemptNumber" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "responseCode" INTEGER,
    "durationMs" INTEGER NOT NULL,
    "error" TEXT,
    "nextRetryAt" DATETIME,
    "attemptedAt" DATETIME NOT NULL,
    CONSTRAINT "WebhookAttempt_deliveryId_fkey" FOREIGN KEY ("deliveryId") REFERENCES "WebhookDelivery" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Subscription" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "priceId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "collectionMethod" TEXT NOT NULL DEFAULT 'charge_automatically',
    "currentPeriodStart" DATETIME NOT NULL,
    "currentPeriodEnd" DATETIME NOT NULL,
    "trialEnd" DATETIME,
    "cancelAt" DATETIME,
    "canceledAt" DATETIME,
    "canceledReason" TEXT,
    "cancellationComment" TEXT,
    "pausedAt" DATETIME,
    "resumeAt" DATETIME,
    "dunningAttempts" INTEGER NOT NULL DEFAULT 0,
    "nextDunningAt" DATETIME,
    "billingLeaseOwner" TEXT,
    "billingLeaseExpiresAt" DATETIME,
    "defaultPaymentMethodId" TEXT,
    "metadata" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Subscription_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Subscription_priceId_fkey" FOREIGN KEY ("priceId") REFERENCES "Price" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Subscription" ("cancelAt", "canceledAt", "canceledReason", "cancellationComment", "collectionMethod", "createdAt", "currentPeriodEnd", "currentPeriodStart", "customerId", "defaultPaymentMethodId", "id", "metadata", "mode", "pausedAt", "planId", "priceId", "resumeAt", "status", "trialEnd", "updatedAt", "workspaceId") SELECT "cancelAt", "canceledAt", "canceledReason", "cancellationComment", "collectionMethod", "createdAt", "currentPeriodEnd", "currentPeriodStart", "customerId", "defaultPaymentMethodId", "id", "metadata", "mode", "pausedAt", "planId", "priceId", "resumeAt", "status", "trialEnd", "updatedAt", "workspaceId" FROM "Subscription";
DROP TABLE "Subscription";
ALTER TABLE "new_Subscription" RENAME TO "Subscription";
CREATE INDEX "Subscription_workspaceId_mode_customerId_idx" ON "Subscription"("workspaceId", "mode", "customerId");
CREATE INDEX "Subscription_workspaceId_mode_status_idx" ON "Subscription"("workspaceId", "mode", "status");
CREATE INDEX "Subscription_workspaceId_mode_createdAt_idx" ON "Subscription"("workspaceId", "mode", "createdAt");
CREATE INDEX "Subscription_status_currentPeriodEnd_idx" ON "Subscription"("status", "currentPeriodEnd");
CREATE INDEX "Subscription_nextDunningAt_idx" ON "Subscription"("nextDunningAt");
CREATE TABLE "new_WebhookDelivery" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "endpointId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME,
    "leaseOwner" TEXT,
    "leaseExpiresAt" DATETIME,
    "lastAttemptAt" DATETIME,
    "deliveredAt" DATETIME,
    "responseCode" INTEGER,
    "lastError" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "body" TEXT NOT NULL,
    "eventType" TEXT NOT NULL,
    CONSTRAINT "WebhookDelivery_endpointId_fkey" FOREIGN KEY ("endpointId") REFERENCES "WebhookEndpoint" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_WebhookDelivery" ("attempts", "createdAt", "deliveredAt", "endpointId", "eventId", "id", "lastAttemptAt", "lastError", "leaseExpiresAt", "leaseOwner", "nextAttemptAt", "responseCode", "status", "updatedAt") SELECT "attempts", "createdAt", "deliveredAt", "endpointId", "eventId", "id", "lastAttemptAt", "lastError", "leaseExpiresAt", "leaseOwner", "nextAttemptAt", "responseCode", "status", "updatedAt" FROM "WebhookDelivery";
DROP TABLE "WebhookDelivery";
ALTER TABLE "new_WebhookDelivery" RENAME TO "WebhookDelivery";
CREATE INDEX "WebhookDelivery_status_nextAttemptAt_idx" ON "WebhookDelivery"("status", "nextAttemptAt");
CREATE INDEX "WebhookDelivery_endpointId_createdAt_idx" ON "WebhookDelivery"("endpointId", "createdAt");
CREATE UNIQUE INDEX "WebhookDelivery_endpointId_eventId_key" ON "WebhookDelivery"("endpointId", "eventId");
CREATE TABLE "new_Workspace" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "isPlatform" BOOLEAN NOT NULL DEFAULT false,
    "testClockOffsetMs" REAL NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Workspace" ("accountId", "createdAt", "id", "isPlatform", "name") SELECT "accountId", "createdAt", "id", "isPlatform", "name" FROM "Workspace";
DROP TABLE "Workspace";
ALTER TABLE "new_Workspace" RENAME TO "Workspace";
CREATE UNIQUE INDEX "Workspace_accountId_key" ON "Workspace"("accountId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "WebhookAttempt_deliveryId_attemptNumber_idx" ON "WebhookAttempt"("deliveryId", "attemptNumber");
