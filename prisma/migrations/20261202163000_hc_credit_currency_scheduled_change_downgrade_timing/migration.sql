-- AlterTable
ALTER TABLE "Customer" ADD COLUMN "creditCurrency" TEXT;

-- AlterTable
ALTER TABLE "PortalSettings" ADD COLUMN "downgradeTiming" TEXT NOT NULL DEFAULT 'now';

-- AlterTable
ALTER TABLE "Subscription" ADD COLUMN "scheduledPlanId" TEXT;
ALTER TABLE "Subscription" ADD COLUMN "scheduledPriceId" TEXT;
