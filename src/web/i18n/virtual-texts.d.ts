// The German texts split at build time (vite.config.ts, i18n/text-split.ts).
declare module "virtual:kurs-texts/de-core" {
  const texts: Record<string, unknown>;
  export default texts;
}
declare module "virtual:kurs-texts/de-deferred" {
  const texts: Record<string, unknown>;
  export default texts;
}
