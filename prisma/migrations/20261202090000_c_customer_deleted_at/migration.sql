-- AlterTable
ALTER TABLE "Customer" ADD COLUMN "deletedAt" DATETIME;
