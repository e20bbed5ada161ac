import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { knownActions, knownEntityTypes } from "../../../web/audit/auditLabels";

/** Every TypeScript source of the server, tests left out. */
function serverSources(dir = "src/server"): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return serverSources(path);
    return path.endsWith(".ts") && !path.endsWith(".test.ts") ? [path] : [];
  });
}

describe("every action and entity type the server can write has a label in the audit trail (web/audit/auditLabels.ts)", () => {
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
    templates += [...text.matchAll(/action: [^,\n]*`/g)].length;
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
    for (const code of [`booking.${kind}`, `booking.${kind}.late`]) actions.add(code);
  for (const kind of ["actionField", "goal", "recommendation"]) {
    for (const verb of ["update", "move", "retire", "merge"]) actions.add(`${kind}.${verb}`);
    types.add(kind);
  }
  for (const change of ["created", "updated"]) actions.add(`oparl.import.${change}`);
  for (const kind of ["organizations", "meetings", "agendaItems", "papers", "consultations"])
    types.add(kind);

  it("finds the codes (and no new template it does not know)", () => {
    expect(actions.size).toBeGreaterThan(60);
    expect(types.size).toBeGreaterThan(25);
    // A new `action: \`…\`` needs its expansion above.
    expect(templates).toBe(6);
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
