import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "../errors";
import { log } from "../log";
import { checkResponse } from "./check-response";
import { defineEndpoint } from "./endpoint";

vi.mock("../log", () => ({ log: vi.fn() }));

const Widget = z.object({ id: z.string(), size: z.number().int() }).strict();

/** A row with a column the schema does not know, as a careless mapper would pass it on. */
const widgetEndpoint = defineEndpoint({
  method: "GET",
  path: "/widgets/:id",
  scope: "plugipay:widgets:read",
  rateClass: "read",
  success: { status: 200, data: Widget },
  summary: "Retrieve a widget",
  async handle({ params }) {
    const row = { id: params.id, size: 3, signingSecret: "whsec_do_not_leak" };
    return { data: row };
  },
});

const input = {
  tenant: { workspaceId: "ws_1", accountId: "acc_1", mode: "test" as const },
  params: { id: "wid_1" },
  requestId: "req_1",
  rawBody: new Uint8Array(),
  searchParams: new URLSearchParams(),
};

describe("checkResponse", () => {
  it("passes a response that matches its schema", () => {
    expect(() => checkResponse(widgetEndpoint, { data: { id: "wid_1", size: 3 } }, "req_1")).not.toThrow();
  });

  it("refuses a field the schema does not declare with a 500, naming the key but never its value", async () => {
    const outcome = await widgetEndpoint.prepare(input)();
    expect(() => checkResponse(widgetEndpoint, outcome, "req_1")).toThrow(expect.objectContaining({ code: "internal_error", status: 500 }));
    expect(log).toHaveBeenCalledWith("error", "response does not match its schema", {
      requestId: "req_1",
      endpoint: "GET /widgets/:id",
      issues: ['data: Unrecognized key: "signingSecret"'],
    });
    expect(JSON.stringify(vi.mocked(log).mock.calls)).not.toContain("whsec_do_not_leak");
  });

  it("checks every item of a list and names the item", () => {
    const listEndpoint = defineEndpoint({
      method: "GET",
      path: "/widgets",
      scope: "plugipay:widgets:read",
      rateClass: "read",
      success: { status: 200, list: Widget },
      summary: "List widgets",
      async handle() {
        return { list: { items: [], cursor: null, hasMore: false } };
      },
    });
    const items = [
      { id: "wid_1", size: 1 },
      { id: "wid_2", size: 1.5 },
    ];
    expect(() => checkResponse(listEndpoint, { list: { items, cursor: null, hasMore: false } }, "req_2")).toThrow(AppError);
    expect(log).toHaveBeenLastCalledWith("error", "response does not match its schema", {
      requestId: "req_2",
      endpoint: "GET /widgets",
      issues: ["data.1.size: Invalid input: expected int, received number"],
    });
  });
});
