import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
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

/** Every TypeScript source of the server, tests left out. */
function serverSources(dir = "src/server"): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return serverSources(path);
    return path.endsWith(".ts") && !path.endsWith(".test.ts") ? [path] : [];
  });
}

describe("every action and entity type the server can write has a label", () => {
  const actions = new Set<string>();
  const types = new Set<string>();
  let templates = 0;
  for (const file of serverSources()) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/action: "([^"]+)"/g)) actions.add(m[1] ?? "");
    for (const m of text.matchAll(/action: [^,\n]*\? "([^"]+)" : "([^"]+)"/g)) {
      actions.add(m[1] ?? "");
      actions.add(m[2] ?? "");
    }
    for (const m of text.matchAll(/entityType: "([^"]+)"/g)) types.add(m[1] ?? "");
    // resolutions/effects.ts: audit(ctx, action, entityType, …)
    for (const m of text.matchAll(/audit\(ctx, "([^"]+)", "([^"]+)"/g)) {
      actions.add(m[1] ?? "");
      types.add(m[2] ?? "");
    }
    // measures/import.ts: audit(id, after, action)
    for (const m of text.matchAll(/audit\([^;]*?"([a-zA-Z]+\.[a-zA-Z]+)"\)/g))
      actions.add(m[1] ?? "");
    templates += [...text.matchAll(/action: `/g)].length;
  }
  // The actions built from a template, spelled out: bookings by kind (contract/ledger.ts),
  // concept items (contract/concept-editing.ts), OParl imports by change and by kind.
  for (const kind of [
    "commitment",
    "payment",
    "release",
    "reversal",
    "transfer",
    "supplement",
    "carryOver",
  ])
    actions.add(`booking.${kind}`);
  for (const kind of ["actionField", "goal", "recommendation"]) {
    for (const verb of ["update", "move", "retire"]) actions.add(`${kind}.${verb}`);
    types.add(kind);
  }
  for (const change of ["created", "updated"]) actions.add(`oparl.import.${change}`);
  for (const kind of ["organizations", "meetings", "agendaItems", "papers", "consultations"])
    types.add(kind);

  it("finds the codes (and no new template it does not know)", () => {
    expect(actions.size).toBeGreaterThan(60);
    expect(types.size).toBeGreaterThan(25);
    // A new `action: \`…\`` needs its expansion above.
    expect(templates).toBe(5);
  });

  it("labels each action in German and English", () => {
    const missing = [...actions].filter(
      (code) => !(knownActions as readonly string[]).includes(code),
    );
    expect(missing).toEqual([]);
  });

  it("labels each entity type in German and English", () => {
    const missing = [...types].filter(
      (type) => !(knownEntityTypes as readonly string[]).includes(type),
    );
    expect(missing).toEqual([]);
  });
});
