import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DataDirLockedError, lockDataDir } from "./data-dir-lock";

describe("data directory lock", () => {
  it("refuses a second holder while the first lives, and frees on release", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kurs-lock-"));
    // Another live process holds the lock.
    const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    try {
      writeFileSync(join(dir, "kurs.lock"), `${child.pid}\n`);
      expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
      expect(() => lockDataDir(dir)).toThrow(/bereits von einem anderen Kurs-Prozess/);
    } finally {
      child.kill("SIGKILL");
      await new Promise((r) => child.once("exit", r));
    }
    // Its owner is gone now (as after kill -9): the stale lock is taken over.
    const release = lockDataDir(dir);
    expect(readFileSync(join(dir, "kurs.lock"), "utf8").trim()).toBe(String(process.pid));
    release();
    expect(existsSync(join(dir, "kurs.lock"))).toBe(false);
  });
});
