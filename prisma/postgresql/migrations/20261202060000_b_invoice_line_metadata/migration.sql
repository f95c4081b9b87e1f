-- An invoice line carries metadata like its invoice: a JSON object of strings, or null (docs/api.md §10.5).
ALTER TABLE "InvoiceLine" ADD COLUMN "metadata" TEXT;
