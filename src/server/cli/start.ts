import { loadConfig } from "../config";
import { main } from "../main";
import { ensureWebBuild } from "./web-build";

/** `npm start`: build the web app if missing or stale, then run the server. */
const config = loadConfig();
if (process.env.KURS_SKIP_WEB_BUILD !== "1") {
  await ensureWebBuild(process.cwd(), config.webRoot, (m) => console.log(m));
}
await main();
