import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import de from "../i18n/locales/de.json";
import en from "../i18n/locales/en.json";
import {
  actionKey,
  actionLabel,
  entityTypeLabel,
  entityTypeOptions,
  knownActions,
  knownEntityTypes,
} from "./auditLabels";

/** Looks a dotted key up in a locale file, as i18next does with its default key separator. */
function lookup(locale: unknown, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => {
    return node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
  }, locale);
}
const tIn = (locale: unknown) => ((key: string) => lookup(locale, key) ?? key) as TFunction;

describe("action labels", () => {
  it("maps known codes to readable German", () => {
    const t = tIn(de);
    expect(actionLabel(t, "seed")).toBe("Ersteinrichtung");
    expect(actionLabel(t, "user.create")).toBe("Konto angelegt");
    expect(actionLabel(t, "conceptVersion.createDraft")).toBe("Konzeptentwurf angelegt");
    expect(actionLabel(t, "goal.create")).toBe("Handlungsziel angelegt");
    expect(actionLabel(t, "resolution.create")).toBe("Beschluss angelegt");
  });

  it("never shows a bare code: an unknown one is named as such", () => {
    const t = ((key: string, options?: { code?: string }) =>
      String(lookup(de, key) ?? key).replace("{{code}}", options?.code ?? "")) as TFunction;
    expect(actionLabel(t, "measure.archive")).toBe("Sonstige Aktion (measure.archive)");
    expect(entityTypeLabel(t, "widget")).toBe("Sonstiges Objekt (widget)");
    expect(actionLabel(t, "reportDraft.update")).toBe("Berichtsentwurf geändert");
    expect(actionLabel(t, "measure.changeStatus")).toBe("Status der Maßnahme geändert");
    expect(actionLabel(t, "oparl.import.created")).toBe("Aus OParl übernommen");
    expect(entityTypeLabel(t, "booking")).toBe("Buchung");
  });

  it("has a German and an English text for every known action and entity type", () => {
    for (const locale of [de, en]) {
      for (const code of knownActions) {
        expect(typeof lookup(locale, actionKey(code)), code).toBe("string");
      }
      for (const type of knownEntityTypes) {
        expect(typeof lookup(locale, `audit.entityTypes.${type}`), type).toBe("string");
      }
    }
  });
});

describe("entity type options", () => {
  it("offers the known types, then new ones seen in the data and the chosen one, once", () => {
    const options = entityTypeOptions(["user", "widget", "widget"], "budgetLine");
    expect(options.slice(0, knownEntityTypes.length)).toEqual([...knownEntityTypes]);
    expect(options.slice(knownEntityTypes.length)).toEqual(["widget", "budgetLine"]);
    expect(entityTypeOptions([], "")).toEqual([...knownEntityTypes]);
  });
});
