import { loadConfig } from "./config";
import { DataDirLockedError } from "./platform/db/data-dir-lock";
import { runServer } from "./run-server";

/** Entry point: listen, and on SIGTERM/SIGINT shut down cleanly within 10 seconds. */
export async function main(): Promise<void> {
  const config = loadConfig();
  let server: Awaited<ReturnType<typeof runServer>>;
  try {
    server = await runServer(config);
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      console.error(`\n${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  server.app.log.info(
    { url: server.url, database: server.database.driver },
    `Kurs läuft auf ${server.url} (Datenbank: ${server.database.driver})`,
  );
  let signalled = false;
  const shutdown = (signal: string) => {
    if (signalled) return;
    signalled = true;
    server.app.log.info({ signal }, "Kurs wird beendet");
    const force = setTimeout(() => {
      server.app.log.error("shutdown took longer than 10 s; exiting");
      process.exit(1);
    }, 9_500);
    server
      .stop()
      .then(() => {
        clearTimeout(force);
        process.exit(0);
      })
      .catch((error) => {
        server.app.log.error({ err: error }, "shutdown failed");
        process.exit(1);
      });
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}
