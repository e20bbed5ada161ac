import type { core } from "zod";
import { germanDate } from "../../../domain/dates";
import { formatEuro } from "../../../domain/money";
import type { Language } from "./language";

type Issue = core.$ZodIssue & { input?: unknown };

const typeNames: Record<Language, Record<string, string>> = {
  de: {
    string: "Text",
    number: "Zahl",
    int: "ganze Zahl",
    boolean: "Wahrheitswert",
    object: "Objekt",
    array: "Liste",
    date: "Datum",
    bigint: "ganze Zahl",
    null: "leer",
  },
  en: {
    string: "text",
    number: "number",
    int: "whole number",
    boolean: "boolean",
    object: "object",
    array: "list",
    date: "date",
    bigint: "whole number",
    null: "empty",
  },
};

const formatNames: Record<Language, Record<string, string>> = {
  de: {
    uuid: "eine gültige Kennung (UUID)",
    date: "ein Datum wie 31.12.2025 (TT.MM.JJJJ)",
    datetime: "ein Zeitpunkt nach ISO 8601",
    email: "eine gültige E-Mail-Adresse",
    url: "eine gültige Adresse (URL)",
  },
  en: {
    uuid: "a valid identifier (UUID)",
    date: "a date such as 2025-12-31 (YYYY-MM-DD)",
    datetime: "an ISO 8601 timestamp",
    email: "a valid e-mail address",
    url: "a valid address (URL)",
  },
};

function typeName(language: Language, name: string): string {
  return typeNames[language][name] ?? name;
}

/** One zod issue as a sentence a person understands, in German or English. */
export function describeIssue(issue: Issue, language: Language): string {
  const de = language === "de";
  // A grant programme's highest share: the form takes per cent, the API basis points.
  if (issue.message === "sharePercent")
    return de
      ? "Bitte einen Anteil von 0,01 bis 100 % angeben, z. B. 80 (in der API: 1 bis 10000 Basispunkte)."
      : "Please give a share from 0.01 to 100 %, e.g. 80 (in the API: 1 to 10000 basis points).";
  switch (issue.code) {
    case "invalid_type": {
      if (issue.input === undefined) return de ? "Pflichtangabe fehlt." : "This field is required.";
      const expected = typeName(language, issue.expected);
      return de ? `Erwartet wird: ${expected}.` : `Expected: ${expected}.`;
    }
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "string") {
        if (min <= 1) return de ? "Darf nicht leer sein." : "Must not be empty.";
        return de ? `Mindestens ${min} Zeichen.` : `At least ${min} characters.`;
      }
      if (issue.origin === "array" || issue.origin === "set") {
        if (min === 1)
          return de ? "Bitte mindestens einen Eintrag wählen." : "Choose at least one.";
        return de ? `Mindestens ${min} Einträge.` : `At least ${min} entries.`;
      }
      const op = issue.inclusive ? "≥" : ">";
      return de ? `Muss ${op} ${min} sein.` : `Must be ${op} ${min}.`;
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.message === "moneyTooLarge")
        return de
          ? `Höchstens ${formatEuro(max)} (Obergrenze für Beträge).`
          : `At most ${formatEuro(max)} (the limit for amounts).`;
      if (issue.origin === "string") {
        return de ? `Höchstens ${max} Zeichen.` : `At most ${max} characters.`;
      }
      if (issue.origin === "array" || issue.origin === "set") {
        if (max === 1) return de ? "Höchstens ein Eintrag." : "At most one entry.";
        return de ? `Höchstens ${max} Einträge.` : `At most ${max} entries.`;
      }
      const op = issue.inclusive ? "≤" : "<";
      return de ? `Muss ${op} ${max} sein.` : `Must be ${op} ${max}.`;
    }
    case "invalid_format": {
      if (issue.message === "invalidKey")
        return de
          ? "Nur Kleinbuchstaben, Ziffern und Bindestriche, 2 bis 60 Zeichen, z. B. b1-abschluesse."
          : "Only lower-case letters, digits and hyphens, 2 to 60 characters, e.g. b1-passes.";
      if (issue.message === "invalidPeriod")
        return de
          ? "Ein Zeitraum ist ein Jahr (2025), ein Quartal (2025-Q2) oder ein Monat (2025-03)."
          : "A period is a year (2025), a quarter (2025-Q2) or a month (2025-03).";
      const wanted = formatNames[language][issue.format];
      if (wanted) return de ? `Erwartet wird ${wanted}.` : `Expected ${wanted}.`;
      return de ? "Das Format ist ungültig." : "The format is invalid.";
    }
    case "not_multiple_of":
      return de
        ? `Muss ein Vielfaches von ${String(issue.divisor)} sein.`
        : `Must be a multiple of ${String(issue.divisor)}.`;
    case "unrecognized_keys":
      return de
        ? `Unbekannte Angabe: ${issue.keys.join(", ")}.`
        : `Unknown field: ${issue.keys.join(", ")}.`;
    case "invalid_value": {
      const options = issue.values.map((v) => JSON.stringify(v)).join(", ");
      return de ? `Erlaubt sind: ${options}.` : `Allowed values: ${options}.`;
    }
    case "custom":
      if (issue.message === "invalidDate")
        return de
          ? `Das Datum ${germanDate(String(issue.input))} gibt es nicht.`
          : `The date ${String(issue.input)} does not exist.`;
      if (issue.message === "text.control")
        return de
          ? "Enthält ein Steuerzeichen (z. B. NUL); erlaubt sind nur Tabulator und Zeilenumbruch."
          : "Contains a control character (e.g. NUL); only tab and line break are allowed.";
      if (issue.message === "text.surrogate" || issue.message === "text.noncharacter")
        return de
          ? "Enthält ein ungültiges Zeichen (ein halbes Unicode-Zeichenpaar)."
          : "Contains an invalid character (half of a Unicode pair).";
      return de ? "Ungültige Angabe." : "Invalid value.";
    case "invalid_union":
      return de ? "Keine der erlaubten Formen passt." : "None of the allowed forms matches.";
    default:
      return de ? "Ungültige Angabe." : "Invalid value.";
  }
}
