import { describe, expect, it } from "vitest";
import { webhookUrlProblem } from "./webhook-url";

const GUARDED = { allowPrivateTargets: false };
const LOCAL_RECEIVERS = { allowPrivateTargets: true };

describe("webhook URL rules", () => {
  it("accept https anywhere public, in both modes", () => {
    for (const mode of ["test", "live"] as const) {
      expect(webhookUrlProblem("https://hooks.example.com/plugipay", mode, GUARDED)).toBeNull();
      expect(webhookUrlProblem("https://hooks.example.com:8443/plugipay?x=1", mode, GUARDED)).toBeNull();
      expect(webhookUrlProblem("https://8.8.8.8/x", mode, GUARDED)).toBeNull();
      expect(webhookUrlProblem("https://172.32.0.1/", mode, GUARDED)).toBeNull();
    }
  });

  it("accept http in test mode only", () => {
    expect(webhookUrlProblem("http://hooks.example.com/x", "test", GUARDED)).toBeNull();
    expect(webhookUrlProblem("http://hooks.example.com/x", "live", GUARDED)).toMatch(/https/);
  });

  // Issue 10 item 3: what live mode used to accept, and test mode accepted of any private address.
  it.each([
    "https://[::127.0.0.1]/",
    "https://[::ffff:0:127.0.0.1]/",
    "https://[64:ff9b::127.0.0.1]/",
    "https://100.64.0.1/",
    "https://100.100.100.200/",
    "https://198.18.0.1/",
    "https://224.0.0.1/",
    "https://[fec0::1]/",
    "https://metadata.google.internal/computeMetadata/v1/",
    "https://127.0.0.2/",
    "https://2130706433/",
    "https://0x7f.1/",
    "https://10.0.0.5/",
    "https://172.16.0.1/",
    "https://192.168.1.1/",
    "https://169.254.169.254/latest",
    "https://0.0.0.0/",
    "https://[::1]/",
    "https://[fe80::1]/",
    "https://[fd00::1]/",
    "https://[::ffff:127.0.0.1]/",
    "https://[2002:7f00:1::]/",
    "https://api.localhost/",
    "https://LOCALHOST./",
    "http://127.0.0.1:3907/",
    "http://localhost:3000/hooks",
    "http://[::1]:8080/",
  ])("refuse %s in both modes unless private targets are allowed", (url) => {
    for (const mode of ["test", "live"] as const) {
      expect(webhookUrlProblem(url, mode, GUARDED), `${mode} ${url}`).toMatch(/must not point to|https/);
    }
    expect(webhookUrlProblem(url, "test", LOCAL_RECEIVERS)).toBeNull();
  });

  it("name the host and what it is", () => {
    expect(webhookUrlProblem("https://[::ffff:0:127.0.0.1]/", "live", GUARDED)).toContain("is a rfc6145 address");
    expect(webhookUrlProblem("https://metadata.google.internal/", "test", GUARDED)).toContain("metadata.google.internal is a cloud metadata service");
  });

  it("keep https in live mode even where private targets are allowed", () => {
    expect(webhookUrlProblem("https://127.0.0.1:9/", "live", LOCAL_RECEIVERS)).toBeNull();
    expect(webhookUrlProblem("http://127.0.0.1:9/", "live", LOCAL_RECEIVERS)).toMatch(/https/);
  });

  it("refuse relative, non-http, credentialed, padded and overlong URLs in any mode", () => {
    for (const url of [
      "/hooks",
      "hooks.example.com",
      "ftp://example.com/x",
      "javascript:alert(1)",
      "https://user:pw@example.com/",
      "https://user@example.com/",
      " https://example.com/",
      `https://example.com/${"a".repeat(2048)}`,
    ]) {
      expect(webhookUrlProblem(url, "test", LOCAL_RECEIVERS), url).not.toBeNull();
    }
    expect(webhookUrlProblem(`https://example.com/${"a".repeat(2048 - 20)}`, "live", GUARDED)).toBeNull();
  });
});
