// Runs the Playwright browser tests in the system's Chromium; called by `npm test` after vitest.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const chrome = process.env.CHROME_PATH || "/usr/bin/chromium";
const required = process.env.KURS_E2E === "required";

if (!existsSync(chrome)) {
  if (required) {
    console.error(
      `KURS_E2E=required, but no Chromium at ${chrome}. Install it (apt-get install chromium) or set CHROME_PATH.`,
    );
    process.exit(1);
  }
  console.log(
    `\n*** BROWSER TESTS SKIPPED: no Chromium found (${chrome}; /usr/bin/chromium or CHROME_PATH). Install it (apt-get install chromium) or set CHROME_PATH; KURS_E2E=required makes this an error. ***\n`,
  );
  process.exit(0);
}

// A fresh data directory per run: the server migrates and seeds it, and it is removed afterwards.
const dataDir = mkdtempSync(join(tmpdir(), "kurs-e2e-"));
const child = spawn("npx", ["playwright", "test", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: {
    ...process.env,
    CHROME_PATH: chrome,
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1",
    KURS_E2E_DATA_DIR: dataDir,
  },
});
child.on("exit", (code, signal) => {
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(signal ? 1 : (code ?? 1));
});
