/*
  Warnings:

  - Added the required column `processorToken` to the `PaymentMethod` table without a default value. This is not possible if the table is not empty.

*/
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Customer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "email" TEXT,
    "name" TEXT,
    "phone" TEXT,
    "externalId" TEXT,
    "taxId" TEXT,
    "defaultPaymentMethodId" TEXT,
    "creditBalance" INTEGER NOT NULL DEFAULT 0,
    "metadata" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Customer_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Customer" ("createdAt", "defaultPaymentMethodId", "email", "externalId", "id", "metadata", "mode", "name", "phone", "taxId", "updatedAt", "workspaceId") SELECT "createdAt", "defaultPaymentMethodId", "email", "externalId", "id", "metadata", "mode", "name", "phone", "taxId", "updatedAt", "workspaceId" FROM "Customer";
DROP TABLE "Customer";
ALTER TABLE "new_Customer" RENAME TO "Customer";
CREATE INDEX "Customer_workspaceId_mode_createdAt_idx" ON "Customer"("workspaceId", "mode", "createdAt");
CREATE INDEX "Customer_workspaceId_mode_email_idx" ON "Customer"("workspaceId", "mode", "email");
CREATE UNIQUE INDEX "Customer_workspaceId_mode_externalId_key" ON "Customer"("workspaceId", "mode", "externalId");
CREATE TABLE "new_Invoice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "subscriptionId" TEXT,
    "status" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "subtotal" INTEGER NOT NULL,
    "discount" INTEGER NOT NULL DEFAULT 0,
    "tax" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL,
    "amountPaid" INTEGER NOT NULL DEFAULT 0,
    "amountDue" INTEGER NOT NULL,
    "dueAt" DATETIME,
    "issuedAt" DATETIME,
    "paidAt" DATETIME,
    "voidedAt" DATETIME,
    "collectionAttempts" INTEGER NOT NULL DEFAULT 0,
    "paymentStartedAt" DATETIME,
    "metadata" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Invoice_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Invoice_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "Subscription" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Invoice" ("amountDue", "amountPaid", "createdAt", "currency", "customerId", "discount", "dueAt", "id", "issuedAt", "metadata", "mode", "number", "paidAt", "status", "subscriptionId", "subtotal", "tax", "total", "updatedAt", "voidedAt", "workspaceId") SELECT "amountDue", "amountPaid", "createdAt", "currency", "customerId", "discount", "dueAt", "id", "issuedAt", "metadata", "mode", "number", "paidAt", "status", "subscriptionId", "subtotal", "tax", "total", "updatedAt", "voidedAt", "workspaceId" FROM "Invoice";
DROP TABLE "Invoice";
ALTER TABLE "new_Invoice" RENAME TO "Invoice";
CREATE INDEX "Invoice_workspaceId_mode_customerId_createdAt_idx" ON "Invoice"("workspaceId", "mode", "customerId", "createdAt");
CREATE INDEX "Invoice_workspaceId_mode_status_idx" ON "Invoice"("workspaceId", "mode", "status");
CREATE INDEX "Invoice_subscriptionId_idx" ON "Invoice"("subscriptionId");
CREATE UNIQUE INDEX "Invoice_workspaceId_mode_number_key" ON "Invoice"("workspaceId", "mode", "number");
CREATE TABLE "new_PaymentMethod" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "type" TEXT NOT NULL DEFAULT 'card',
    "brand" TEXT NOT NULL,
    "last4" TEXT NOT NULL,
    "expMonth" INTEGER NOT NULL,
    "expYear" INTEGER NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "processorToken" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "detachedAt" DATETIME,
    CONSTRAINT "PaymentMethod_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_PaymentMethod" ("brand", "createdAt", "customerId", "detachedAt", "expMonth", "expYear", "fingerprint", "id", "last4", "mode", "type", "workspaceId") SELECT "brand", "createdAt", "customerId", "detachedAt", "expMonth", "expYear", "fingerprint", "id", "last4", "mode", "type", "workspaceId" FROM "PaymentMethod";
DROP TABLE "PaymentMethod";
ALTER TABLE "new_PaymentMethod" RENAME TO "PaymentMethod";
CREATE INDEX "PaymentMethod_workspaceId_mode_customerId_idx" ON "PaymentMethod"("workspaceId", "mode", "customerId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
