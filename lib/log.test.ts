import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function capture(write: () => Promise<void>): Promise<Record<string, unknown>[]> {
  const lines: string[] = [];
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  await write();
  return lines
    .join("")
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe("log", () => {
  it("writes one JSON object a line with time, level, message and fields", async () => {
    vi.stubEnv("LOG_LEVEL", "info");
    const { log } = await import("./log");
    const [line] = await capture(async () => log("info", "api request", { requestId: "req_1", status: 201 }));
    expect(line).toMatchObject({ level: "info", message: "api request", requestId: "req_1", status: 201 });
    expect(new Date(String(line?.time)).toString()).not.toBe("Invalid Date");
  });

  it("redacts secret-bearing fields at the top level and one object down", async () => {
    vi.stubEnv("LOG_LEVEL", "info");
    const { log } = await import("./log");
    const lines = await capture(async () =>
      log("warn", "suspicious", {
        token: "tok_secret",
        headers: { authorization: "Plugipay-HMAC-SHA256 sig", cookie: "pp=abc" },
        card: { number: "4242424242424242", cvc: "123" },
      }),
    );
    const text = JSON.stringify(lines);
    for (const secret of ["tok_secret", "Plugipay-HMAC-SHA256 sig", "pp=abc", "4242424242424242", '"123"']) expect(text).not.toContain(secret);
    expect(lines[0]).toMatchObject({ token: "[redacted]", headers: { authorization: "[redacted]", cookie: "[redacted]" } });
  });

  it("drops lines below the configured level", async () => {
    vi.stubEnv("LOG_LEVEL", "warn");
    const { log } = await import("./log");
    const lines = await capture(async () => {
      log("info", "quiet");
      log("error", "loud");
    });
    expect(lines.map((line) => line.message)).toEqual(["loud"]);
  });
});
