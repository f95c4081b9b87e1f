import { describe, expect, it } from "vitest";
import { refuseServerAction } from "./server-action-gate";

const ACTION = "40185567fcfd7177f4985eb055c47feb017917609c";

function actionRequest(body: BodyInit, headers: Record<string, string> = {}) {
  return new Request("http://portal.test/portal/ps_01HXAB7K3M9N2P5QRS8TVWXY3Z", {
    method: "POST",
    body,
    headers: { Host: "portal.test", Origin: "http://portal.test", "Next-Action": ACTION, ...headers },
  });
}

function formBody(root: string) {
  const form = new FormData();
  form.set("1_reason", "too_expensive");
  form.set("0", root);
  return form;
}

describe("refuseServerAction", () => {
  it("lets through what the portal's forms send, and requests that are not actions", async () => {
    expect(await refuseServerAction(actionRequest(formBody('["ps_01HXAB7K3M9N2P5QRS8TVWXY3Z","sub_1","$K1"]')))).toBeNull();
    expect(await refuseServerAction(actionRequest('["ps_01HXAB7K3M9N2P5QRS8TVWXY3Z","$K1"]', { "Content-Type": "text/plain;charset=UTF-8" }))).toBeNull();
    expect(await refuseServerAction(new Request("http://portal.test/portal/x", { method: "POST", body: "anything" }))).toBeNull();
  });

  it("refuses another origin, a missing one and a forged X-Forwarded-Host mismatch with 403", async () => {
    const foreign: Record<string, string>[] = [{ Origin: "https://attacker.example" }, { Origin: "null" }, { "X-Forwarded-Host": "attacker.example" }];
    for (const headers of foreign) {
      expect(await refuseServerAction(actionRequest(formBody('["$K1"]'), headers))).toMatchObject({ status: 403 });
    }
    const withoutOrigin = new Request("http://portal.test/portal/x", {
      method: "POST",
      body: formBody('["$K1"]'),
      headers: { Host: "portal.test", "Next-Action": ACTION },
    });
    expect(await refuseServerAction(withoutOrigin)).toMatchObject({ status: 403 });
  });

  it("refuses bodies Next.js cannot decode with 400", async () => {
    const junk = ["\u0000garbage{[[[", '["$Q1"]', '"$F1"', "null", '[{"a":1}]'];
    for (const body of junk)
      expect(await refuseServerAction(actionRequest(body, { "Content-Type": "text/plain;charset=UTF-8" }))).toMatchObject({ status: 400 });
    for (const root of ['["$Q1"]', '"$F1"', "null", "{", '[{"a":1}]'])
      expect(await refuseServerAction(actionRequest(formBody(root)))).toMatchObject({ status: 400 });
    const truncated = actionRequest("--x\r\njunk", { "Content-Type": "multipart/form-data; boundary=x" });
    expect(await refuseServerAction(truncated)).toMatchObject({ status: 400 });
    expect(await refuseServerAction(actionRequest(formBody('["$K1"]'), { "Next-Action": "abc" }))).toMatchObject({ status: 400 });
  });
});
