import { main } from "../main";

/** Runs the server alone, without the web build check of `start.ts` (dev watcher, kill -9 tests). */
await main();
