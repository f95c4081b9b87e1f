import { describe, expect, it } from "vitest";
import { webhookUrlProblem } from "./webhook-url";

describe("webhook URL rules", () => {
  it("accept https anywhere public, in both modes", () => {
    for (const mode of ["test", "live"] as const) {
      expect(webhookUrlProblem("https://hooks.example.com/plugipay", mode)).toBeNull();
      expect(webhookUrlProblem("https://hooks.example.com:8443/plugipay?x=1", mode)).toBeNull();
    }
  });

  it("accept http and loopback in test mode only", () => {
    for (const url of ["http://127.0.0.1:9", "http://localhost:3000/hooks", "http://[::1]:8080/", "http://hooks.example.com/x", "https://localhost/x"]) {
      expect(webhookUrlProblem(url, "test")).toBeNull();
      expect(webhookUrlProblem(url, "live")).not.toBeNull();
    }
  });

  it("refuse internal addresses in live mode, however written", () => {
    for (const url of [
      "https://127.0.0.2/", "https://2130706433/", "https://10.0.0.5/", "https://172.16.0.1/", "https://192.168.1.1/",
      "https://169.254.169.254/latest", "https://0.0.0.0/", "https://[::1]/", "https://[fe80::1]/", "https://[fd00::1]/",
      "https://[::ffff:127.0.0.1]/", "https://api.localhost/", "https://LOCALHOST./",
    ]) {
      expect(webhookUrlProblem(url, "live"), url).not.toBeNull();
    }
    expect(webhookUrlProblem("https://172.32.0.1/", "live")).toBeNull();
  });

  it("refuse relative, non-http, credentialed, padded and overlong URLs in any mode", () => {
    for (const url of ["/hooks", "hooks.example.com", "ftp://example.com/x", "javascript:alert(1)", "https://user:pw@example.com/", "https://user@example.com/", " https://example.com/", `https://example.com/${"a".repeat(2048)}`]) {
      expect(webhookUrlProblem(url, "test"), url).not.toBeNull();
    }
    expect(webhookUrlProblem(`https://example.com/${"a".repeat(2048 - 20)}`, "live")).toBeNull();
  });
});
