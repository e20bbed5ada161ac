import { type AppLanguage, appLanguages } from "../../domain/app-languages";

export type Language = AppLanguage;
export const languages: readonly Language[] = appLanguages;
export const defaultLanguage: Language = "de";

const storageKey = "kurs.language";

export function isLanguage(value: unknown): value is Language {
  return (appLanguages as readonly unknown[]).includes(value);
}

function readStored(): string | null {
  try {
    return window.localStorage.getItem(storageKey);
  } catch {
    return null; // storage blocked (private mode, policy): fall back to the default
  }
}

/** The language to start with: `?lang=` wins, then the remembered choice, then German. */
export function initialLanguage(): Language {
  const fromUrl = new URLSearchParams(window.location.search).get("lang");
  if (isLanguage(fromUrl)) return fromUrl;
  const stored = readStored();
  return isLanguage(stored) ? stored : defaultLanguage;
}

/** Remembers the choice and tells assistive technology which language the page is in. */
export function applyLanguage(language: Language): void {
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // not remembered; the page still switches
  }
}
