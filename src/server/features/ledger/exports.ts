import type ExcelJS from "exceljs";
import { lazyRequire } from "../../platform/lazy-require";

const excel = lazyRequire<typeof ExcelJS>("exceljs");

import { proRata } from "../../../domain/budget-sources";
import { DomainError } from "../../../domain/errors";
import { foldLedger } from "../../../domain/ledger";
import { centsToEuroNumber, formatEuroAmount } from "../../../domain/money";
import { toCsv } from "../../platform/audit/csv";
import type { TenantDb } from "../../platform/db/tenant-scope";
import type { Audience } from "../measures/published";
import * as q from "./queries";
import { toLedgerBooking } from "./read";
import { presentSources } from "./sources";

/** A table to export: header, rows, and which columns hold cents (shown as euros). */
export interface ExportTable {
  title: string;
  /** Lines above the table (label, value), e.g. the grant's facts. */
  facts: [string, string][];
  header: string[];
  rows: (string | number | null)[][];
  centsColumns: number[];
}

const kindNames: Record<string, string> = {
  commitment: "Mittelbindung",
  payment: "Auszahlung",
  release: "Freigabe",
  reversal: "Storno",
  transfer: "Umschichtung",
  block: "Sperre",
  unblock: "Entsperrung",
  supplement: "Über-/außerplanmäßige Bewilligung",
  carryOver: "Haushaltsrest",
};

/** CSV for German Excel: facts first, an empty line, then the table; cents as 1.000,00. */
export function tableCsv(table: ExportTable): string {
  const rows = table.rows.map((r) =>
    r.map((cell, i) =>
      table.centsColumns.includes(i) && typeof cell === "number" ? formatEuroAmount(cell) : cell,
    ),
  );
  const lines: unknown[][] = [
    ...table.facts,
    ...(table.facts.length ? [[]] : []),
    table.header,
    ...rows,
  ];
  const [first = [], ...rest] = lines;
  return toCsv(first as string[], rest);
}

/** The same table as an Excel workbook: euros as numbers with a € format, so sums work. */
export async function tableXlsx(table: ExportTable): Promise<Buffer> {
  const book = new (excel().Workbook)();
  book.creator = "Kurs";
  const sheet = book.addWorksheet(table.title.slice(0, 31));
  for (const [k, v] of table.facts) sheet.addRow([k, v]);
  if (table.facts.length) sheet.addRow([]);
  const head = sheet.addRow(table.header);
  head.font = { bold: true };
  for (const r of table.rows)
    sheet.addRow(
      r.map((cell, i) =>
        table.centsColumns.includes(i) && typeof cell === "number" ? centsToEuroNumber(cell) : cell,
      ),
    );
  for (const i of table.centsColumns) sheet.getColumn(i + 1).numFmt = '#,##0.00 "€"';
  sheet.columns.forEach((c) => {
    c.width = 22;
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** All bookings of a fund, in ledger order, with the measure's title. */
export async function bookingsTable(
  scope: TenantDb,
  fundId: string,
  audience: Audience = "internal",
): Promise<ExportTable> {
  return scope.transaction(async (tx) => {
    const [fund] = await q.listFunds(tx, scope.tenantId, fundId);
    if (!fund) throw new DomainError("notFound", "fund.notFound");
    const rows = await q.bookingsOf(tx, scope.tenantId, [fundId]);
    const titles = await q.measureTitles(tx, scope.tenantId, audience === "public");
    return {
      title: "Buchungen",
      facts: [
        ["Haushaltsmittel", fund.name],
        ["Haushaltsjahr", String(fund.fiscalYear)],
        ["Produkt/Sachkonto", fund.budgetLine ?? ""],
      ],
      header: [
        "Buchungsnummer",
        "Datum",
        "Art",
        "Betrag (€)",
        "Maßnahme",
        "Beleg",
        "Beschluss/Bewilligung",
        "Grund",
        "Notiz",
        "Gebucht von",
        "Gebucht am",
        "Buchungs-ID",
        "Bezug (Buchungs-ID)",
      ],
      rows: rows.map((b) => [
        b.seq,
        b.date,
        kindNames[b.kind] ?? b.kind,
        b.amountCents,
        b.measureId ? (titles.get(b.measureId) ?? "") : "",
        b.documentReference,
        b.resolutionReference,
        b.reason,
        b.note,
        b.createdBy,
        new Date(b.createdAt).toISOString(),
        b.id,
        b.commitmentId ?? b.reversesBookingId ?? b.counterFundId,
      ]),
      centsColumns: [3],
    };
  });
}

/**
 * Verwendungsnachweis of one grant: its facts (notice, deadlines, conditions), and every payment
 * of the fund that stands (not reversed) with the grant's pro-rata part, summed.
 */
export async function proofOfUseTable(
  scope: TenantDb,
  { fundId, sourceId }: { fundId: string; sourceId: string },
  audience: Audience = "internal",
): Promise<ExportTable> {
  return scope.transaction(async (tx) => {
    const [fund] = await q.listFunds(tx, scope.tenantId, fundId);
    if (!fund) throw new DomainError("notFound", "fund.notFound");
    const sources = presentSources(await q.sourcesOf(tx, scope.tenantId, fundId));
    const source = sources.find((s) => s.id === sourceId);
    if (!source) throw new DomainError("notFound", "fundSource.notFound");
    const total = sources.reduce((s, r) => s + r.amountCents, 0);
    const rows = await q.bookingsOf(tx, scope.tenantId, [fundId]);
    const titles = await q.measureTitles(tx, scope.tenantId, audience === "public");
    const ledger = foldLedger(fund, rows.map(toLedgerBooking));
    const payments = rows.filter(
      (b) => b.kind === "payment" && b.fundId === fundId && !ledger.reversed.has(b.id),
    );
    const measureOf = (commitmentId: string | null) => {
      const m = commitmentId ? ledger.commitments.get(commitmentId)?.measureId : null;
      return m ? (titles.get(m) ?? "") : "";
    };
    const parts = proRata(
      payments.map((p) => p.amountCents),
      source.amountCents,
      total,
    );
    const paid = payments.reduce((s, p) => s + p.amountCents, 0);
    const share = parts.reduce((s, p) => s + p, 0);
    return {
      title: "Verwendungsnachweis",
      facts: [
        ["Verwendungsnachweis", source.name],
        ["Haushaltsmittel", `${fund.name} (${fund.fiscalYear})`],
        ["Produkt/Sachkonto", fund.budgetLine ?? ""],
        ["Zuwendungsbescheid", source.grantNoticeReference ?? ""],
        ["Bescheid vom", source.grantNoticeDate ?? ""],
        ["Bewilligt (€)", formatEuroAmount(source.amountCents)],
        ["Anteil an den Mitteln", `${(source.sharePerMille / 10).toFixed(1).replace(".", ",")} %`],
        ["Verwendung bis", source.spendBy ?? ""],
        ["Nachweis fällig am", source.proofDueBy ?? ""],
        ["Auflagen", source.conditions ?? ""],
        ["Auszahlungen gesamt (€)", formatEuroAmount(paid)],
        ["davon aus dieser Zuwendung (€)", formatEuroAmount(share)],
        ["Noch nicht verwendet (€)", formatEuroAmount(source.amountCents - share)],
      ],
      header: ["Datum", "Beleg", "Maßnahme", "Auszahlung (€)", "Anteil der Zuwendung (€)"],
      rows: payments.map((p, i) => [
        p.date,
        p.documentReference,
        measureOf(p.commitmentId),
        p.amountCents,
        parts[i] ?? 0,
      ]),
      centsColumns: [3, 4],
    };
  });
}
