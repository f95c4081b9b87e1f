// The seed data of docs/api.md §9. Local only: the seed command writes to the local e2e database.
import { expect, test, LOCAL_ONLY } from "./fixtures";
import { E2E_ORIGIN } from "./e2e-env";

test.describe("npm run db:seed -- --json", { tag: LOCAL_ONLY }, () => {
  test("prints the documented workspaces, keys and customers (docs/api.md §9)", async ({ seed }) => {
    expect(seed.portalOrigin).toBe(E2E_ORIGIN);
    const [a, b, platform] = seed.workspaces;
    expect(seed.workspaces.map((workspace) => workspace.platform)).toEqual([false, false, true]);
    for (const workspace of seed.workspaces) {
      expect(workspace.accountId).toMatch(/^acc_[0-9A-HJKMNP-TV-Z]{26}$/);
      expect(workspace.workspaceId).toMatch(/^ws_[0-9A-HJKMNP-TV-Z]{26}$/);
      for (const key of workspace.keys) {
        expect(key.keyId).toMatch(/^pk_test_/);
        expect(key.secret).toMatch(/^sk_test_.{24,}$/);
        expect(Array.isArray(key.scopes)).toBe(true);
      }
    }
    expect(a!.keys.some((key) => key.scopes.includes("*"))).toBe(true);
    expect(a!.keys.some((key) => !key.scopes.includes("*") && !key.scopes.includes("plugipay:portal:create"))).toBe(true);
    expect(a!.customers).toHaveLength(3);
    expect(b!.customers).toHaveLength(1);
    expect(b!.keys[0]!.scopes).toEqual(["*"]);
    expect(platform!.keys[0]!.scopes).toEqual(["*"]);
  });
});
