-- AlterTable
ALTER TABLE "Customer" ADD COLUMN "addressCity" TEXT;
ALTER TABLE "Customer" ADD COLUMN "addressCountry" TEXT;
ALTER TABLE "Customer" ADD COLUMN "addressLine1" TEXT;
ALTER TABLE "Customer" ADD COLUMN "addressLine2" TEXT;
ALTER TABLE "Customer" ADD COLUMN "addressPostalCode" TEXT;
ALTER TABLE "Customer" ADD COLUMN "addressState" TEXT;

-- AlterTable
ALTER TABLE "PortalSettings" ADD COLUMN "updateBillingDetails" BOOLEAN NOT NULL DEFAULT true;
