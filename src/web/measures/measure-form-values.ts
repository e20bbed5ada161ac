import {
  type Measure,
  type MeasureInput,
  measureTranslationLanguages,
} from "../../contract/measures";
import { germanDate, parseCalendarDate } from "../../domain/dates";
import { euroProblemMessage, formatEuroAmount, readEuro } from "../../domain/money";

export type TranslationLanguage = (typeof measureTranslationLanguages)[number];
export type TranslationValues = Record<TranslationLanguage, { title: string; description: string }>;

/** What the form holds: text as typed, so nothing is lost when the server refuses it. */
export interface MeasureFormValues {
  title: string;
  description: string;
  measureTypeId: string;
  recommendationIds: string[];
  startOn: string;
  endOn: string;
  responsibleUnit: string;
  responsiblePerson: string;
  targetGroups: string;
  languages: string;
  partnerIds: string[];
  leadPartnerId: string;
  municipalityIds: string[];
  milestones: string;
  plannedEuro: string;
  plannedFte: string;
  weight: string;
  manualCompletion: string;
  internalNote: string;
  isPublic: boolean;
  translations: TranslationValues;
}

function translationValues(m: Measure | null): TranslationValues {
  return Object.fromEntries(
    measureTranslationLanguages.map((lang) => {
      const t = m?.translations.find((x) => x.lang === lang);
      return [lang, { title: t?.title ?? "", description: t?.description ?? "" }];
    }),
  ) as TranslationValues;
}

/** The languages sent to the server, in this order (errors name them by index). */
export function filledTranslations(v: TranslationValues): TranslationLanguage[] {
  return measureTranslationLanguages.filter(
    (lang) => v[lang].title.trim() || v[lang].description.trim(),
  );
}

export function initialValues(m: Measure | null, firstType: string): MeasureFormValues {
  return {
    title: m?.title ?? "",
    description: m?.description ?? "",
    measureTypeId: m?.measureTypeId ?? firstType,
    recommendationIds: m?.recommendations.map((r) => r.id) ?? [],
    startOn: m?.startOn ?? "",
    endOn: m?.endOn ?? "",
    responsibleUnit: m?.responsibleUnit ?? "",
    responsiblePerson: m?.responsiblePerson ?? "",
    targetGroups: m?.targetGroups.join(", ") ?? "",
    languages: m?.languages.join(", ") ?? "",
    partnerIds: m?.partners.map((p) => p.id) ?? [],
    leadPartnerId: m?.partners.find((p) => p.isLead)?.id ?? "",
    municipalityIds: m?.municipalities.map((x) => x.id) ?? [],
    milestones:
      m?.milestones
        .map((x) =>
          [germanDate(x.dueOn), x.doneOn && germanDate(x.doneOn), x.title]
            .filter(Boolean)
            .join(" "),
        )
        .join("\n") ?? "",
    plannedEuro: m ? formatEuroAmount(m.plannedCents) : "",
    plannedFte: m ? String(m.plannedFte).replace(".", ",") : "",
    weight: m ? String(m.weight) : "1",
    manualCompletion: m?.manualCompletion === null || !m ? "" : String(m.manualCompletion),
    internalNote: m?.internalNote ?? "",
    isPublic: m?.isPublic ?? false,
    translations: translationValues(m),
  };
}

const list = (s: string) =>
  s
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);

/**
 * What is wrong with the typed planned amount, in the reader's language (src/domain/money says
 * what it understood and what to type), or null when it is empty or an amount.
 */
export function plannedEuroProblem(typed: string, language: "de" | "en"): string | null {
  if (!typed.trim()) return null;
  const read = readEuro(typed);
  return read.ok ? null : euroProblemMessage(read.problem, language);
}

/**
 * A small decimal such as FTE ("1,5", "0.75") → number; NaN when it is none. Not for euros:
 * amounts go through src/domain/money (readEuro).
 */
export function parseDecimal(s: string): number {
  const trimmed = s.trim();
  return /^\d+([.,]\d+)?$/.test(trimmed) ? Number(trimmed.replace(",", ".")) : Number.NaN;
}

const day = String.raw`(?:\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4})`;
/** A milestone line: due date, optionally the date it was done, then its title. */
const dateAt = new RegExp(String.raw`^(${day})\s+(?:(${day})\s+)?(.*)$`);
/** ISO when the text is a real date (TT.MM.JJJJ or JJJJ-MM-TT), else as typed: the server names it. */
const isoOrTyped = (text: string) => {
  const parsed = parseCalendarDate(text);
  return parsed.kind === "date" ? parsed.iso : text;
};

/**
 * The request body. Values that cannot be read (a number that is none, a milestone line without
 * a date) are sent as they are, so the server names the field.
 */
export function toInput(v: MeasureFormValues): MeasureInput {
  const euro = readEuro(v.plannedEuro);
  const fte = parseDecimal(v.plannedFte);
  const completion = v.manualCompletion.trim();
  /** A value that is no number goes as typed: the server names the field. */
  const asNumber = (n: number, raw: string) => (Number.isNaN(n) ? (raw as never) : n);
  return {
    title: v.title,
    description: v.description || null,
    measureTypeId: v.measureTypeId,
    recommendationIds: v.recommendationIds,
    startOn: v.startOn || null,
    endOn: v.endOn || null,
    responsibleUnit: v.responsibleUnit || null,
    responsiblePerson: v.responsiblePerson || null,
    targetGroups: list(v.targetGroups),
    languages: list(v.languages),
    partnerIds: v.partnerIds,
    leadPartnerId: v.leadPartnerId || null,
    municipalityIds: v.municipalityIds,
    milestones: v.milestones
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean)
      .map((line) => {
        const match = dateAt.exec(line);
        return match
          ? {
              dueOn: isoOrTyped(match[1] ?? ""),
              doneOn: match[2] ? isoOrTyped(match[2]) : null,
              title: match[3] ?? "",
            }
          : { dueOn: line, title: "" };
      }),
    plannedCents: v.plannedEuro.trim() ? (euro.ok ? euro.cents : (v.plannedEuro as never)) : 0,
    plannedFte: v.plannedFte.trim() ? asNumber(fte, v.plannedFte) : 0,
    weight: asNumber(Number(v.weight || "1"), v.weight),
    manualCompletion: completion ? asNumber(Number(completion), completion) : null,
    internalNote: v.internalNote || null,
    isPublic: v.isPublic,
    translations: filledTranslations(v.translations).map((lang) => ({
      lang,
      title: v.translations[lang].title,
      description: v.translations[lang].description || null,
    })),
  };
}
