import { type ComponentType, type LazyExoticComponent, lazy } from "react";
import { loadPageTexts } from "../i18n/setup";

// biome-ignore lint/suspicious/noExplicitAny: React.lazy's own bound; props are checked at the use.
type AnyComponent = ComponentType<any>;

/**
 * A page loaded on first visit: its code is a chunk of its own, so the first page of Kurs loads
 * only what it shows; the German texts of such pages (i18n/text-split.ts) arrive with the first
 * of them. `Layout` shows the loading notice while the chunks arrive.
 */
export function lazyPage<M extends Record<K, AnyComponent>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<M[K]> {
  return lazy(async () => {
    const [page] = await Promise.all([load(), loadPageTexts()]);
    return { default: page[name] };
  });
}
