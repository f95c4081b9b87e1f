/*
  Warnings:

  - Added the required column `body` to the `WebhookDelivery` table without a default value. This is not possible if the table is not empty.
  - Added the required column `eventType` to the `WebhookDelivery` table without a default value. This is not possible if the table is not empty.

*/
-- AlterTable
ALTER TABLE "Subscription" ADD COLUMN     "billingLeaseExpiresAt" TIMESTAMP(3),
ADD COLUMN     "billingLeaseOwner" TEXT,
ADD COLUMN     "dunningAttempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "nextDunningAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "WebhookDelivery" ADD COLUMN     "body" TEXT NOT NULL,
ADD COLUMN     "eventType" TEXT NOT NULL;

-- AlterTable
ALTER TABLE "WebhookEndpoint" ADD COLUMN     "previousSecretCiphertext" TEXT,
ADD COLUMN     "previousSecretExpiresAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "testClockOffsetMs" DOUBLE PRECISION NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "WebhookAttempt" (
    "id" TEXT NOT NULL,
    "deliveryId" TEXT NOT NULL,
    "attemptNumber" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "responseCode" INTEGER,
    "durationMs" INTEGER NOT NULL,
    "error" TEXT,
    "nextRetryAt" TIMESTAMP(3),
    "attemptedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WebhookAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WebhookAttempt_deliveryId_attemptNumber_idx" ON "WebhookAttempt"("deliveryId", "attemptNumber");

-- CreateIndex
CREATE INDEX "Subscription_nextDunningAt_idx" ON "Subscription"("nextDunningAt");

-- AddForeignKey
ALTER TABLE "WebhookAttempt" ADD CONSTRAINT "WebhookAttempt_deliveryId_fkey" FOREIGN KEY ("deliveryId") REFERENCES "WebhookDelivery"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
