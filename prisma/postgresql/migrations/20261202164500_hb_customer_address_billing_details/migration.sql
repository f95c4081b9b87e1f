-- AlterTable
ALTER TABLE "Customer" ADD COLUMN     "addressCity" TEXT,
ADD COLUMN     "addressCountry" TEXT,
ADD COLUMN     "addressLine1" TEXT,
ADD COLUMN     "addressLine2" TEXT,
ADD COLUMN     "addressPostalCode" TEXT,
ADD COLUMN     "addressState" TEXT;

-- AlterTable
ALTER TABLE "PortalSettings" ADD COLUMN     "updateBillingDetails" BOOLEAN NOT NULL DEFAULT true;
