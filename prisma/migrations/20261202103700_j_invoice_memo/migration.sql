-- AlterTable
ALTER TABLE "Invoice" ADD COLUMN "memo" TEXT;
