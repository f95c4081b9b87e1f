-- AlterTable
ALTER TABLE "Charge" ADD COLUMN     "processorReference" TEXT,
ADD COLUMN     "subscriptionId" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ALTER COLUMN "invoiceId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "TestProcessorCharge" (
    "attemptKey" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "reference" TEXT,
    "calls" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TestProcessorCharge_pkey" PRIMARY KEY ("attemptKey")
);

-- CreateIndex
CREATE INDEX "TestProcessorCharge_tokenHash_idx" ON "TestProcessorCharge"("tokenHash");

-- CreateIndex
CREATE INDEX "Charge_subscriptionId_idx" ON "Charge"("subscriptionId");

