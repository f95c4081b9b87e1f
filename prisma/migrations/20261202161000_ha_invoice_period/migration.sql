-- AlterTable
ALTER TABLE "Invoice" ADD COLUMN "periodEnd" DATETIME;
ALTER TABLE "Invoice" ADD COLUMN "periodStart" DATETIME;
