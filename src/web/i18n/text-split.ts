/**
 * Which German texts the first page carries. The entry script (layout, overview, sign-in area)
 * needs only some areas of `locales/de.json`; the texts of pages that load on first visit
 * (`layout/lazyPage.ts`) come in a chunk of their own, loaded once, before the first such page
 * renders. `de.json` stays the one file of German texts: the build (vite.config.ts) splits it by
 * this list, and `text-split.test.ts` checks that nothing the entry imports uses a deferred area.
 */
export const deferredAreas = [
  "account",
  "audit",
  "byPlace",
  "capacity",
  "concept",
  "county",
  "grantApplication",
  "grants",
  "grantProgrammes",
  "indicators",
  "legal",
  "legalEdit",
  "login",
  "measurePublication",
  "measureSettings",
  "measureTypes",
  "myTasks",
  "oparlSync",
  "paperDeadline",
  "paperFiles",
  "partner",
  "partners",
  "paymentImport",
  "reset",
  "timeline",
  "tokens",
  "totp",
  "users",
] as const;

type Texts = Record<string, unknown>;

/** The texts split in two: `core` (bundled with the entry) and `deferred` (loaded with pages). */
export function splitTexts(all: Texts): { core: Texts; deferred: Texts } {
  const deferred = new Set<string>(deferredAreas);
  const core: Texts = {};
  const later: Texts = {};
  for (const [key, value] of Object.entries(all)) (deferred.has(key) ? later : core)[key] = value;
  return { core, deferred: later };
}
