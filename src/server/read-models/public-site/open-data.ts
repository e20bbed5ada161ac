import { toCsv } from "../../platform/audit/csv";
import type { PublicData } from "./model";
import type { PublishedIndicator } from "./providers";
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

/**
 * Money per action field with the parts of src/domain/fund-figures:
 * bewilligt = gebunden + ausgezahlt + gesperrt + verfallen + verfuegbar. `handlungsfeld` is the
 * one field of the row (null for several or none); `handlungsfelder` lists every field it serves.
 */
export function moneyOpenData(data: PublicData) {
  const title = (p: number) => data.fields.find((f) => f.position === p)?.title ?? null;
  return data.money.map((r) => ({
    handlungsfeld: r.fieldPosition,
    handlungsfeldTitel: r.fieldPosition === null ? null : title(r.fieldPosition),
    handlungsfelder: r.fieldPositions.map((p) => ({ nummer: p, titel: title(p) })),
    bewilligtCent: r.grantedCents,
    gebundenCent: r.boundCents,
    ausgezahltCent: r.paidCents,
    gesperrtCent: r.blockedCents,
    verfallenCent: r.lapsedCents,
    verfuegbarCent: r.availableCents,
  }));
}

/**
 * Grants to provider organisations (never a person): one row per funding call (`art`
 * "foerderaufruf") and per provider (`art` "traeger") with granted and paid (net of reclaims),
 * the figures of the pipeline (grants/pipeline.ts), as on the money page.
 */
export function grantsOpenData(data: PublicData) {
  return [
    ...data.grants.programmes.map((p) => ({
      art: "foerderaufruf" as const,
      id: p.programmeId,
      name: p.title,
      bewilligungen: p.grants,
      bewilligtCent: p.grantedCents,
      ausgezahltCent: p.paidCents,
    })),
    ...data.grants.providers.map((p) => ({
      art: "traeger" as const,
      id: p.partnerId,
      name: p.name,
      bewilligungen: p.grants,
      bewilligtCent: p.grantedCents,
      ausgezahltCent: p.paidCents,
    })),
  ];
}

export function grantsCsv(data: PublicData): string {
  return toCsv(
    ["art", "id", "name", "bewilligungen", "bewilligt_cent", "ausgezahlt_cent"],
    grantsOpenData(data).map((r) => [
      r.art,
      r.id,
      r.name,
      r.bewilligungen,
      r.bewilligtCent,
      r.ausgezahltCent,
    ]),
  );
}

/**
 * Published indicators exactly as the public indicators page shows them: publishable and adopted
 * only, approved values only, disclosure control applied (a withheld value is null).
 */
export function indicatorsOpenData(data: PublicData, indicators: PublishedIndicator[]) {
  return indicators.map((i) => ({
    id: i.id,
    schluessel: i.key,
    name: i.name,
    einheit: i.unit,
    handlungsfeld: i.fieldPosition,
    handlungsfeldTitel:
      i.fieldPosition === null
        ? null
        : (data.fields.find((f) => f.position === i.fieldPosition)?.title ?? null),
    quelle: i.source,
    werte: i.values.map((v) => ({
      zeitraum: v.period,
      wert: v.value,
      zurueckgehalten: v.value === null,
    })),
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
    [
      "handlungsfeld",
      "handlungsfeld_titel",
      "bewilligt_cent",
      "gebunden_cent",
      "ausgezahlt_cent",
      "gesperrt_cent",
      "verfallen_cent",
      "verfuegbar_cent",
      "handlungsfelder",
    ],
    moneyOpenData(data).map((r) => [
      r.handlungsfeld,
      r.handlungsfeldTitel,
      r.bewilligtCent,
      r.gebundenCent,
      r.ausgezahltCent,
      r.gesperrtCent,
      r.verfallenCent,
      r.verfuegbarCent,
      r.handlungsfelder.map((f) => f.nummer).join(", "),
    ]),
  );
}

/** One row per indicator and period; a withheld value is an empty cell marked in its own column. */
export function indicatorsCsv(data: PublicData, indicators: PublishedIndicator[]): string {
  return toCsv(
    [
      "id",
      "schluessel",
      "name",
      "einheit",
      "handlungsfeld",
      "handlungsfeld_titel",
      "quelle",
      "zeitraum",
      "wert",
      "zurueckgehalten",
    ],
    indicatorsOpenData(data, indicators).flatMap((i) =>
      i.werte.map((v) => [
        i.id,
        i.schluessel,
        i.name,
        i.einheit,
        i.handlungsfeld,
        i.handlungsfeldTitel,
        i.quelle,
        v.zeitraum,
        v.wert,
        v.zurueckgehalten ? "ja" : "nein",
      ]),
    ),
  );
}
