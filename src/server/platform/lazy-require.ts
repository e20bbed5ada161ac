import { createRequire } from "node:module";

const load = createRequire(import.meta.url);

/**
 * A large package loaded on first use instead of at start: report and export renderers (charts,
 * PDF, spreadsheets, PNG), mail and the password dictionary are used by few requests, and
 * loading them all at start made an idle server hold ~100 MB more (docs/benchmarks.md,
 * server-memory). Every caller of one package gets the same instance (Node's require cache).
 */
export function lazyRequire<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => {
    loaded ??= load(name) as T;
    return loaded;
  };
}
