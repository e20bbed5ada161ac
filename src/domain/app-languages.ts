/** The languages of the office's app and its API answers (problem texts, charts), German first. */
export const appLanguages = ["de", "en"] as const;
export type AppLanguage = (typeof appLanguages)[number];
