// The SQLite adapter against real database files: each request sees only committed data, and two
// processes (as the app and the worker are) run read-then-write transactions without SQLITE_BUSY
// and without losing an update.
import { execFile } from "node:child_process";
import { rmSync } from "node:fs";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { createClient } from "../db";
import { incrementCounter } from "./increment-counter";

const execFileAsync = promisify(execFile);

const file = `.test/adapter-${process.pid}-${Date.now()}.db`;
const app = createClient(`file:./${file}`);

afterAll(async () => {
  await app.$disconnect();
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
});

async function counterValue(): Promise<number> {
  const rows = await app.$queryRawUnsafe<{ value: bigint | number }[]>("SELECT value FROM counter WHERE id = 1");
  return Number(rows[0]?.value);
}

describe("SerializedSqliteAdapterFactory", () => {
  it("keeps a statement from another request out of an open transaction", async () => {
    await app.$executeRawUnsafe("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT NOT NULL)");
    let insideTransaction!: () => void;
    const written = new Promise<void>((resolve) => (insideTransaction = resolve));
    const transaction = app
      .$transaction(async (tx) => {
        await tx.$executeRawUnsafe("INSERT INTO note (body) VALUES ('draft')");
        insideTransaction();
        await new Promise((resolve) => setTimeout(resolve, 50));
        throw new Error("roll back");
      })
      .catch((error: Error) => error.message);
    await written;
    const seenByAnotherRequest = await app.$queryRawUnsafe<unknown[]>("SELECT * FROM note");
    expect(await transaction).toBe("roll back");
    expect(seenByAnotherRequest).toEqual([]);
    expect(await app.$queryRawUnsafe<unknown[]>("SELECT * FROM note")).toEqual([]);
  });

  it("runs read-then-write transactions from two processes without SQLITE_BUSY or a lost update", async () => {
    await app.$executeRawUnsafe("CREATE TABLE counter (id INTEGER PRIMARY KEY, value INTEGER NOT NULL)");
    await app.$executeRawUnsafe("INSERT INTO counter (id, value) VALUES (1, 0)");
    const otherProcess = execFileAsync(
      "node_modules/.bin/tsx",
      ["--conditions=react-server", "lib/database/increment-counter-fixture.ts", `file:./${file}`, "30"],
      { env: process.env },
    );
    while ((await counterValue()) === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    for (let round = 0; round < 30; round++) await incrementCounter(app);
    await otherProcess;
    expect(await counterValue()).toBe(60);
  });
});
