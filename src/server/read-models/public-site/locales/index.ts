import { publicLanguageLabels } from "../../../../domain/public-languages";
import { ar } from "./ar";
import { de, type Messages } from "./de";
import { deLs } from "./de-x-ls";
import { en } from "./en";
import { fa } from "./fa";
import { tr } from "./tr";
import { uk } from "./uk";

export type { Messages };

/** The languages of the public site, in the order of the language switch. */
export const siteLanguages = [
  { code: "de", label: publicLanguageLabels.de, dir: "ltr", locale: "de-DE", messages: de },
  {
    code: "de-x-ls",
    label: publicLanguageLabels["de-x-ls"],
    dir: "ltr",
    locale: "de-DE",
    messages: deLs,
  },
  { code: "en", label: publicLanguageLabels.en, dir: "ltr", locale: "en-GB", messages: en },
  { code: "uk", label: publicLanguageLabels.uk, dir: "ltr", locale: "uk-UA", messages: uk },
  { code: "ar", label: publicLanguageLabels.ar, dir: "rtl", locale: "ar", messages: ar },
  { code: "tr", label: publicLanguageLabels.tr, dir: "ltr", locale: "tr-TR", messages: tr },
  { code: "fa", label: publicLanguageLabels.fa, dir: "rtl", locale: "fa-IR", messages: fa },
] as const satisfies readonly {
  code: string;
  label: string;
  dir: "ltr" | "rtl";
  locale: string;
  messages: Messages;
}[];

export type SiteLanguage = (typeof siteLanguages)[number];
export type SiteLanguageCode = SiteLanguage["code"];

export function findLanguage(code: string): SiteLanguage | undefined {
  return siteLanguages.find((l) => l.code === code);
}

/** A message with {name} placeholders filled in (values are plain text; the template escapes). */
export function say(
  messages: Messages,
  key: keyof Messages,
  params: Record<string, string | number> = {},
): string {
  // One thing is said in the singular where the language has a form for it (`…One`).
  const one = `${key}One` as keyof Messages;
  const template = params.count === 1 && one in messages ? messages[one] : messages[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ""));
}
