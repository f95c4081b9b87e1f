/*
  Warnings:

  - Added the required column `processorToken` to the `PaymentMethod` table without a default value. This is not possible if the table is not empty.

*/
-- AlterTable
ALTER TABLE "Customer" ADD COLUMN     "creditBalance" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Invoice" ADD COLUMN     "collectionAttempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "paymentStartedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "PaymentMethod" ADD COLUMN     "processorToken" TEXT NOT NULL;
