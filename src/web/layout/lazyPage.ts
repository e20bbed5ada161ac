import { type ComponentType, type LazyExoticComponent, lazy } from "react";

// biome-ignore lint/suspicious/noExplicitAny: React.lazy's own bound; props are checked at the use.
type AnyComponent = ComponentType<any>;

/**
 * A page loaded on first visit: its code is a chunk of its own, so the first page of Kurs loads
 * only what it shows. `Layout` shows the loading notice while the chunk arrives.
 */
export function lazyPage<M extends Record<K, AnyComponent>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<M[K]> {
  return lazy(async () => ({ default: (await load())[name] }));
}
