import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadEnv, readSecretFile } from "./env";

describe("env", () => {
  it("has safe development defaults", () => {
    const settings = loadEnv({});
    expect(settings.databaseUrl).toBe("file:./data/plugipay.db");
    expect(settings.port).toBe(3000);
    expect(settings.portalOrigin).toBe("http://localhost:3000");
    expect(settings.rateLimitMultiplier).toBe(1);
    expect(settings.isPostgres).toBe(false);
  });

  it("honours PORT, PORTAL_ORIGIN, DATABASE_URL and RATE_LIMIT_MULTIPLIER", () => {
    const settings = loadEnv({
      PORT: "4100",
      PORTAL_ORIGIN: "https://billing.example.com/",
      DATABASE_URL: "postgresql://app@localhost/app",
      RATE_LIMIT_MULTIPLIER: "50",
    });
    expect(settings.port).toBe(4100);
    expect(settings.portalOrigin).toBe("https://billing.example.com");
    expect(settings.isPostgres).toBe(true);
    expect(settings.rateLimitMultiplier).toBe(50);
    expect(loadEnv({ PORT: "4100" }).portalOrigin).toBe("http://localhost:4100");
  });

  it("refuses nonsense instead of running with it", () => {
    expect(() => loadEnv({ RATE_LIMIT_MULTIPLIER: "0" })).toThrow(/RATE_LIMIT_MULTIPLIER/);
    expect(() => loadEnv({ PORT: "http" })).toThrow(/PORT/);
    expect(() => loadEnv({ APP_SECRET: "short" })).toThrow(/APP_SECRET/);
  });

  it("reads SMTP_URL and SMTP_FROM, defaults the From to the portal's host, and refuses another scheme without echoing the URL", () => {
    expect(loadEnv({}).smtpUrl).toBeUndefined();
    expect(loadEnv({ PORTAL_ORIGIN: "https://billing.example.com" }).smtpFrom).toBe("Plugipay <no-reply@billing.example.com>");
    const settings = loadEnv({ SMTP_URL: "smtps://mailer:p%40ss@smtp.example.com:465", SMTP_FROM: "Acme Billing <billing@acme.test>" });
    expect(settings.smtpUrl).toBe("smtps://mailer:p%40ss@smtp.example.com:465");
    expect(settings.smtpFrom).toBe("Acme Billing <billing@acme.test>");
    expect(() => loadEnv({ SMTP_URL: "https://mailer:topsecret@smtp.example.com" })).toThrow(/SMTP_URL/);
    expect(() => loadEnv({ SMTP_URL: "https://mailer:topsecret@smtp.example.com" })).not.toThrow(/topsecret/);
  });

  it("lets webhooks reach private addresses only when WEBHOOK_ALLOW_PRIVATE_TARGETS is 1", () => {
    expect(loadEnv({}).webhookAllowPrivateTargets).toBe(false);
    expect(loadEnv({ WEBHOOK_ALLOW_PRIVATE_TARGETS: "0" }).webhookAllowPrivateTargets).toBe(false);
    expect(loadEnv({ WEBHOOK_ALLOW_PRIVATE_TARGETS: "1" }).webhookAllowPrivateTargets).toBe(true);
    expect(() => loadEnv({ WEBHOOK_ALLOW_PRIVATE_TARGETS: "yes" })).toThrow(/WEBHOOK_ALLOW_PRIVATE_TARGETS/);
  });

  it("refuses to invent a secret in production, and creates a private one in development", () => {
    const directory = mkdtempSync(join(tmpdir(), "plugipay-env-"));
    const path = join(directory, "nested", "app-secret");
    expect(() => readSecretFile(path, { mayCreate: false })).toThrow(/refusing to start in production/);
    const secret = readSecretFile(path, { mayCreate: true });
    expect(secret.length).toBeGreaterThanOrEqual(32);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, "utf8").trim()).toBe(secret);
    expect(readSecretFile(path, { mayCreate: false })).toBe(secret);
  });
});
