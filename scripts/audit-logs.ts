// npm test's log audit (issue 10, item 7): after the end-to-end run, no line the server or the
// worker wrote may hold a #t token, a portal cookie, an API or webhook secret, a signature or a card
// number. Prints where and what kind, never the value. Usage: tsx scripts/audit-logs.ts <log file>…
import { readFileSync } from "node:fs";
import { findSecretsInLog } from "../lib/log-audit/find-secrets-in-log";

const files = process.argv.slice(2);
if (files.length === 0) throw new Error("usage: tsx scripts/audit-logs.ts <log file>…");

let failed = false;
for (const file of files) {
  const text = readFileSync(file, "utf8");
  const lines = text.split("\n").filter(Boolean).length;
  if (lines === 0) {
    console.error(`${file}: empty, so nothing was audited (is LOG_LEVEL too quiet?)`);
    failed = true;
    continue;
  }
  const findings = findSecretsInLog(text);
  for (const finding of findings) console.error(`${file}:${finding.line}: a ${finding.kind.replace("_", " ")} in a log line`);
  console.log(`${file}: ${lines} lines audited, ${findings.length} secrets found`);
  if (findings.length > 0) failed = true;
}
process.exit(failed ? 1 : 0);
