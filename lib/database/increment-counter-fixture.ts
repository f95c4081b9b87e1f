// Run as a separate process by serialized-sqlite-adapter.integration.test.ts: increments the counter
// table of the SQLite file in argv[2], argv[3] times, each in a read-then-write transaction.
import "server-only";
import { createClient } from "../db";
import { incrementCounter } from "./increment-counter";

const [databaseUrl, times] = process.argv.slice(2);
const client = createClient(databaseUrl ?? "");
for (let round = 0; round < Number(times); round++) await incrementCounter(client);
await client.$disconnect();
