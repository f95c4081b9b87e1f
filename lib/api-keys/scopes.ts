// Scopes are `plugipay:<resource>:<action>`; `*` and `plugipay:<resource>:*` are wildcards.
export const FULL_ACCESS = "*";

export function hasScope(granted: readonly string[], required: string): boolean {
  const [, resource] = required.split(":");
  return granted.some((scope) => scope === FULL_ACCESS || scope === required || scope === `plugipay:${resource}:*`);
}

export function isValidScope(scope: string): boolean {
  return scope === FULL_ACCESS || /^plugipay:[a-z_-]+:([a-z_]+|\*)$/.test(scope);
}
