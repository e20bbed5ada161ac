import { toCsv } from "../audit/csv";
import type { PublicData } from "./model";
import { licence } from "./site-paths";

/** Published measures as rows: only public columns, German original plus translations. */
export function measuresOpenData(data: PublicData) {
  const fieldTitle = (p: number) => data.fields.find((f) => f.position === p)?.title ?? "";
  return data.measures.map((m) => ({
    id: m.id,
    titel: m.title,
    beschreibung: m.description,
    status: m.status,
    beginn: m.startOn,
    ende: m.endOn,
    orte: m.municipalities,
    handlungsfelder: m.fieldPositions.map((p) => ({ nummer: p, titel: fieldTitle(p) })),
    uebersetzungen: m.translations.map((t) => ({
      sprache: t.lang,
      titel: t.title,
      beschreibung: t.description,
    })),
  }));
}

export function moneyOpenData(data: PublicData) {
  return data.money.map((r) => ({
    handlungsfeld: r.fieldPosition,
    handlungsfeldTitel:
      r.fieldPosition === null
        ? null
        : (data.fields.find((f) => f.position === r.fieldPosition)?.title ?? null),
    bewilligtCent: r.grantedCents,
    gebundenCent: r.boundCents,
    ausgezahltCent: r.paidCents,
  }));
}

/** JSON with the licence and source stated in the file itself. */
export function openDataJson(data: PublicData, items: unknown[]): string {
  return JSON.stringify(
    {
      lizenz: { name: licence.name, id: licence.id, url: licence.url },
      quelle: data.tenantName,
      stand: data.today,
      daten: items,
    },
    null,
    2,
  );
}

export function measuresCsv(data: PublicData): string {
  return toCsv(
    ["id", "titel", "beschreibung", "status", "beginn", "ende", "orte", "handlungsfelder"],
    measuresOpenData(data).map((m) => [
      m.id,
      m.titel,
      m.beschreibung,
      m.status,
      m.beginn,
      m.ende,
      m.orte.join(", "),
      m.handlungsfelder.map((f) => f.nummer).join(", "),
    ]),
  );
}

export function moneyCsv(data: PublicData): string {
  return toCsv(
    ["handlungsfeld", "handlungsfeld_titel", "bewilligt_cent", "gebunden_cent", "ausgezahlt_cent"],
    moneyOpenData(data).map((r) => [
      r.handlungsfeld,
      r.handlungsfeldTitel,
      r.bewilligtCent,
      r.gebundenCent,
      r.ausgezahltCent,
    ]),
  );
}
