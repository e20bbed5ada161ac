import { type AppLanguage, appLanguages } from "../../../domain/app-languages";

export type Language = AppLanguage;
const isAppLanguage = (tag: string): tag is Language =>
  (appLanguages as readonly string[]).includes(tag);

/** Picks de or en from an Accept-Language header by quality; German when nothing matches. */
export function negotiateLanguage(header: string | undefined): Language {
  if (!header) return "de";
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return {
        base: tag.split("-")[0] ?? "",
        quality: Number.isFinite(quality) ? quality : 0,
        index,
      };
    })
    .filter((x) => x.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { base } of ranked) {
    if (isAppLanguage(base)) return base;
  }
  return "de";
}
