import { createHash, randomUUID } from "node:crypto";
import type { PaymentImportPreview } from "../../../contract/payment-import";
import { DomainError } from "../../../domain/errors";
import { parseDate } from "../../../domain/measure-import";
import { readEuro } from "../../../domain/money";
import { recordAudit } from "../../platform/audit/record-audit";
import type { Tx } from "../../platform/db/database";
import type { TenantDb } from "../../platform/db/tenant-scope";
import { parseCsv, unescapeCell } from "../../platform/tabular/csv-table";
import * as q from "./queries";
import { bookInTransaction } from "./service";

/** The columns of the finance system's payment list (header row, any order). */
export const paymentColumns = {
  fund: "Haushaltsmittel",
  commitment: "Mittelbindung",
  measure: "Maßnahme",
  date: "Datum",
  amount: "Betrag",
  reference: "Beleg",
} as const;
const required: string[] = [
  paymentColumns.fund,
  paymentColumns.date,
  paymentColumns.amount,
  paymentColumns.reference,
];

export interface ImportProblem {
  row: number;
  column: string;
  code: string;
  params?: Record<string, string | number>;
}
type Row = Omit<PaymentImportPreview["rows"][number], "status" | "kursAmountCents"> & {
  status: PaymentImportPreview["rows"][number]["status"];
  kursAmountCents: number | null;
  fundId: string | null;
  commitmentId: string | null;
};
export interface Reconciliation {
  rows: Row[];
  problems: ImportProblem[];
  missingFromFile: PaymentImportPreview["missingFromFile"];
  booked: number;
}

/** Which column a refused booking points at (the rule's field → the file's column). */
const columnOfPath: Record<string, string> = {
  amountCents: paymentColumns.amount,
  date: paymentColumns.date,
  commitmentId: paymentColumns.commitment,
  measureId: paymentColumns.measure,
};

function keyOf(fundId: string, reference: string): string {
  return `payment-import:${createHash("sha256").update(`${fundId}\n${reference}`).digest("hex")}`;
}

/** Reads the file's rows against Kurs's funds, commitments and payments; books nothing. */
async function readRows(tx: Tx, tenantId: string, table: string[][]) {
  const problems: ImportProblem[] = [];
  const [header = [], ...body] = table;
  const names = header.map((h) => h.trim());
  const missing = required.filter((c) => !names.includes(c));
  if (!names.includes(paymentColumns.commitment) && !names.includes(paymentColumns.measure))
    missing.push(paymentColumns.commitment);
  for (const column of missing) problems.push({ row: 1, column, code: "import.missingColumn" });
  if (!body.length) problems.push({ row: 1, column: "Zeile", code: "paymentImport.empty" });

  const funds = await q.listFunds(tx, tenantId);
  const bookings = await q.bookingsOf(
    tx,
    tenantId,
    funds.map((f) => f.id),
  );
  const titles = await q.measureTitles(tx, tenantId);
  const reversed = new Set(bookings.map((b) => b.reversesBookingId).filter(Boolean));
  const live = bookings.filter((b) => !reversed.has(b.id) && b.kind !== "reversal");
  const commitments = live.filter((b) => b.kind === "commitment");
  const payments = live.filter((b) => b.kind === "payment");
  const paymentByReference = new Map(
    payments.filter((p) => p.documentReference).map((p) => [p.documentReference as string, p]),
  );

  const seen = new Set<string>();
  const rows: Row[] = body.map((cells, i) => {
    const row = i + 2;
    const cell = (column: string) => {
      const j = names.indexOf(column);
      return j < 0 ? "" : unescapeCell(cells[j] ?? "").trim();
    };
    const problem = (column: string, code: string, params?: Record<string, string | number>) =>
      problems.push({ row, column, code, params });

    const date = parseDate(cell(paymentColumns.date));
    if (!date) problem(paymentColumns.date, "import.invalidDate");
    const amount = readEuro(cell(paymentColumns.amount));
    const amountCents = amount.ok ? amount.cents : null;
    if (amountCents === null) problem(paymentColumns.amount, "import.invalidAmount");
    else if (amountCents <= 0) problem(paymentColumns.amount, "ledger.amountNotPositive");
    const reference = cell(paymentColumns.reference);
    if (!reference) problem(paymentColumns.reference, "import.required");
    else if (seen.has(reference)) problem(paymentColumns.reference, "paymentImport.duplicate");
    seen.add(reference);

    // The fund: its id, its name, or its budget line (with the payment's year when several share it).
    const fundText = cell(paymentColumns.fund);
    const candidates = funds.filter(
      (f) => f.id === fundText || f.name === fundText || (f.budgetLine ?? "") === fundText,
    );
    const inYear = candidates.filter((f) => date && String(f.fiscalYear) === date.slice(0, 4));
    const fund = candidates.length === 1 ? candidates[0] : inYear.length === 1 ? inYear[0] : null;
    if (!fundText) problem(paymentColumns.fund, "import.required");
    else if (!fund)
      problem(
        paymentColumns.fund,
        candidates.length ? "paymentImport.fundAmbiguous" : "paymentImport.fundUnknown",
      );

    // The commitment: its id or document reference, or the measure's one commitment on the fund.
    let commitmentId: string | null = null;
    let measureId: string | null = null;
    if (fund) {
      const own = commitments.filter((c) => c.fundId === fund.id);
      const commitmentText = cell(paymentColumns.commitment);
      const measureText = cell(paymentColumns.measure);
      if (commitmentText) {
        const found = own.filter(
          (c) => c.id === commitmentText || c.documentReference === commitmentText,
        );
        if (found.length === 1 && found[0]) {
          commitmentId = found[0].id;
          measureId = found[0].measureId;
        } else problem(paymentColumns.commitment, "paymentImport.commitmentUnknown");
      } else if (measureText) {
        const found = own.filter(
          (c) => c.measureId === measureText || titles.get(c.measureId ?? "") === measureText,
        );
        if (found.length === 1 && found[0]) {
          commitmentId = found[0].id;
          measureId = found[0].measureId;
        } else
          problem(
            paymentColumns.measure,
            found.length ? "paymentImport.commitmentAmbiguous" : "paymentImport.commitmentUnknown",
          );
      } else problem(paymentColumns.commitment, "import.required");
    }

    const known = reference ? paymentByReference.get(reference) : undefined;
    const status: Row["status"] = !known
      ? "new"
      : known.amountCents === amountCents
        ? "booked"
        : "amountDiffers";
    return {
      row,
      fundId: fund?.id ?? null,
      fundName: fund?.name ?? null,
      commitmentId,
      measureTitle: measureId ? (titles.get(measureId) ?? null) : null,
      date,
      amountCents,
      documentReference: reference,
      status,
      kursAmountCents: known?.amountCents ?? null,
    };
  });

  const namedFunds = new Set(rows.map((r) => r.fundId).filter(Boolean));
  const fundNames = new Map(funds.map((f) => [f.id, f.name]));
  const missingFromFile = payments
    .filter((p) => namedFunds.has(p.fundId) && !seen.has(p.documentReference ?? ""))
    .map((p) => ({
      bookingId: p.id,
      fundName: fundNames.get(p.fundId) ?? "",
      date: p.date,
      amountCents: p.amountCents,
      documentReference: p.documentReference,
    }));
  return { rows, problems, missingFromFile };
}

/**
 * Reconciles inside the caller's transaction: reads the rows, then books every new payment
 * through the ledger's booking path (locks, rules, audit). A refused booking becomes a problem of
 * its row and column; the caller rolls back when there is any problem (or for a preview).
 */
async function reconcileInTransaction(
  tx: Tx,
  tenantId: string,
  options: { actor: string; requestId?: string; table: string[][] },
): Promise<Reconciliation> {
  const { rows, problems, missingFromFile } = await readRows(tx, tenantId, options.table);
  let booked = 0;
  if (problems.length) return { rows, problems, missingFromFile, booked };
  for (const r of rows) {
    if (r.status !== "new" || !r.fundId || !r.commitmentId || !r.date || r.amountCents === null)
      continue;
    try {
      await bookInTransaction(tx, tenantId, {
        actor: options.actor,
        requestId: options.requestId,
        fundId: r.fundId,
        idempotencyKey: keyOf(r.fundId, r.documentReference),
        input: {
          kind: "payment",
          commitmentId: r.commitmentId,
          amountCents: r.amountCents,
          date: r.date,
          documentReference: r.documentReference,
          note: "Abgleich mit dem Finanzverfahren (CSV-Import)",
        },
      });
      booked++;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      problems.push({
        row: r.row,
        column: columnOfPath[error.path ?? ""] ?? paymentColumns.amount,
        code: error.code,
        params: error.params,
      });
    }
  }
  if (!problems.length)
    await recordAudit(tx, {
      tenantId,
      actor: options.actor,
      requestId: options.requestId,
      action: "payment.import",
      entityType: "paymentImport",
      entityId: randomUUID(),
      before: null,
      after: {
        booked,
        skipped: rows.length - booked,
        documentReferences: rows.filter((r) => r.status === "new").map((r) => r.documentReference),
      },
    });
  return { rows, problems, missingFromFile, booked };
}

class RollBack extends Error {
  constructor(readonly result: Reconciliation) {
    super("roll back");
  }
}

export function tableOfCsv(content: string): string[][] {
  return parseCsv(content);
}

/**
 * Preview (write = false) runs the very same bookings and rolls them back, so what it shows is
 * exactly what an import would book. An import with any problem is rolled back: all or nothing.
 */
export async function reconcilePayments(
  scope: TenantDb,
  options: { actor: string; requestId?: string; table: string[][]; write: boolean },
): Promise<Reconciliation> {
  try {
    return await scope.transaction(async (tx) => {
      const result = await reconcileInTransaction(tx, scope.tenantId, options);
      if (!options.write || result.problems.length) throw new RollBack(result);
      return result;
    });
  } catch (error) {
    if (error instanceof RollBack) return error.result;
    throw error;
  }
}
