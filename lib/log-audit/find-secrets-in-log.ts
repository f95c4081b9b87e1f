// The log audit (issue 10, item 7): finds, in log text, anything that looks like a secret the
// product must never log — the portal's #t token, portal cookie values, API and webhook secrets,
// request and delivery signatures, card numbers, the SMTP password. Reports where and what kind, never the value.

export type SecretKind = "portal_token" | "portal_cookie" | "api_secret" | "webhook_secret" | "signature" | "card_number" | "smtp_password";

export type SecretFinding = { line: number; kind: SecretKind };

const PATTERNS: readonly { kind: SecretKind; pattern: RegExp }[] = [
  { kind: "portal_token", pattern: /#t=[^\s"&]+/ },
  { kind: "portal_token", pattern: /eyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]{8,}/ },
  { kind: "portal_cookie", pattern: /plugipay_portal=[^;\s",]{8,}/ },
  { kind: "api_secret", pattern: /sk_(?:test|live)_[A-Za-z0-9]{16,}/ },
  { kind: "webhook_secret", pattern: /whsec_[\w-]{16,}/ },
  { kind: "signature", pattern: /signature=[0-9a-f]{32,}/i },
  { kind: "signature", pattern: /\bv1=[0-9a-f]{64}\b/i },
  // SMTP_URL with its user and password (lib/mail logs only smtp://host:port).
  { kind: "smtp_password", pattern: /smtps?:\/\/[^\s:@/"]+:[^\s@/"]+@/i },
];

/** Card-like digit runs: 14–19 digits (spaces or dashes allowed between), issuer digit 2–6. */
const CARD_CANDIDATE = /(?<![\d.])[2-6](?:[ -]?\d){13,18}(?![\d.])/g;

export function findSecretsInLog(text: string): SecretFinding[] {
  const findings: SecretFinding[] = [];
  text.split("\n").forEach((content, index) => {
    const line = index + 1;
    for (const { kind, pattern } of PATTERNS) {
      if (pattern.test(content)) findings.push({ line, kind });
    }
    if ([...content.matchAll(CARD_CANDIDATE)].some((match) => passesLuhn(match[0].replace(/[ -]/g, "")))) findings.push({ line, kind: "card_number" });
  });
  return findings;
}

export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let position = 0; position < digits.length; position += 1) {
    let digit = Number(digits[digits.length - 1 - position]);
    if (position % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}
