// The answer when a subscription's conditional write finds it no longer in the state its checks saw:
// a concurrent request changed it first (docs/decisions/0011-money-safety.md). 409, never a 500.
import { AppError } from "../errors";

export function changedMeanwhile(): AppError {
  return new AppError("invalid_state", "This subscription changed meanwhile; reload it and try again");
}
