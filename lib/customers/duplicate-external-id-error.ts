import { AppError } from "../errors";

/** 409 for an externalId another customer of the same workspace and mode already has. */
export function duplicateExternalIdError(externalId: string | null | undefined): AppError {
  return new AppError("conflict", `A customer with externalId '${externalId ?? ""}' already exists`, { field: "externalId" });
}
