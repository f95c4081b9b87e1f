-- CreateTable
CREATE TABLE "TestProcessorCharge" (
    "attemptKey" TEXT NOT NULL PRIMARY KEY,
    "tokenHash" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "reference" TEXT,
    "calls" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Charge" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "invoiceId" TEXT,
    "subscriptionId" TEXT,
    "paymentMethodId" TEXT NOT NULL,
    "attemptKey" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "failureCode" TEXT,
    "processorReference" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Charge_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Charge" ("amount", "attemptKey", "createdAt", "currency", "failureCode", "id", "invoiceId", "mode", "paymentMethodId", "status", "workspaceId") SELECT "amount", "attemptKey", "createdAt", "currency", "failureCode", "id", "invoiceId", "mode", "paymentMethodId", "status", "workspaceId" FROM "Charge";
DROP TABLE "Charge";
ALTER TABLE "new_Charge" RENAME TO "Charge";
CREATE UNIQUE INDEX "Charge_attemptKey_key" ON "Charge"("attemptKey");
CREATE INDEX "Charge_invoiceId_idx" ON "Charge"("invoiceId");
CREATE INDEX "Charge_subscriptionId_idx" ON "Charge"("subscriptionId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "TestProcessorCharge_tokenHash_idx" ON "TestProcessorCharge"("tokenHash");

