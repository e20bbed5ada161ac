import { main } from "../../main";

/**
 * Runs the server: compiled to dist/server/start.js for `npm start` (scripts/build-if-stale.mjs
 * builds first), and from source under tsx for the dev watcher and the kill -9 tests.
 */
await main();
