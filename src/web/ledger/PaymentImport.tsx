import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { PaymentImportPreview, PaymentImportResult } from "../../contract/payment-import";
import { ledgerRoutes as api } from "../../contract/routes/ledger";
import { callRoute } from "../api/call";
import type { ApiError } from "../api/client";
import { FileImportField, type FileUpload, fieldErrors } from "../components/form";
import { ImportProblems } from "../components/ImportProblems";
import { ErrorNotice } from "../components/QueryState";
import { TableScroll } from "../components/TableScroll";
import { TitledSection } from "../components/TitledSection";
import { WriteOutcome } from "../components/WriteOutcome";
import { useFormat, useLanguage } from "../i18n/useFormat";

const num = "kern-table__cell kern-table__cell--numeric";
const numHead = "kern-table__header kern-table__header--numeric";

type Column =
  | "row"
  | "reference"
  | "fund"
  | "measure"
  | "date"
  | "amount"
  | "kursAmount"
  | "status";
const amountColumns: readonly Column[] = ["amount", "kursAmount"];

/** The header row of an import table: the named columns, amounts right-aligned. */
function HeaderRow({ columns }: { columns: readonly Column[] }) {
  const { t } = useTranslation();
  return (
    <tr className="kern-table__row">
      {columns.map((c) => (
        <th
          key={c}
          className={amountColumns.includes(c) ? numHead : "kern-table__header"}
          scope="col"
        >
          {t(`paymentImport.${c}`)}
        </th>
      ))}
    </tr>
  );
}

/**
 * Reconciliation with the finance system: a CSV of payments is checked first (what would be
 * booked, the differences to Kurs, problems per row and column); only then booked, all at once.
 */
export function PaymentImport() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { money, date } = useFormat();
  const client = useQueryClient();
  const [content, setContent] = useState<string | null>(null);
  const preview = useMutation<PaymentImportPreview, ApiError, string>({
    mutationFn: (c) => callRoute(api.previewPaymentImport, { body: { content: c } }, language),
  });
  const run = useMutation<PaymentImportResult, ApiError, string>({
    mutationFn: (c) => callRoute(api.importPayments, { body: { content: c } }, language),
    onSuccess: () => client.invalidateQueries(),
  });
  const onFile = (upload: FileUpload | null) => {
    const text = upload?.content ?? null;
    setContent(text);
    run.reset();
    preview.reset();
    if (text) preview.mutate(text);
  };
  const data = preview.data;
  const fileError = fieldErrors(preview.error).content;
  return (
    <TitledSection
      className="kurs-section"
      id="payment-import-title"
      title={t("paymentImport.title")}
    >
      <p className="kern-body">{t("paymentImport.intro")}</p>
      <FileImportField
        id="payment-import-file"
        label={t("paymentImport.file")}
        hint={t("paymentImport.fileHint")}
        formats="csv"
        onFile={onFile}
        error={fileError}
      />
      {preview.isError && !fileError ? <ErrorNotice error={preview.error} /> : null}
      {data?.problems.length ? (
        <ImportProblems
          testId="payment-import-problems"
          title={t("paymentImport.invalid")}
          headers={{
            row: t("paymentImport.row"),
            column: t("paymentImport.column"),
            problem: t("paymentImport.problem"),
          }}
          problems={data.problems}
        />
      ) : null}
      {data ? (
        <TableScroll>
          <table className="kern-table kern-table--striped" data-testid="payment-import-rows">
            <caption className="kern-title">{t("paymentImport.rowsCaption")}</caption>
            <thead className="kern-table__head">
              <HeaderRow
                columns={[
                  "row",
                  "reference",
                  "fund",
                  "measure",
                  "date",
                  "amount",
                  "kursAmount",
                  "status",
                ]}
              />
            </thead>
            <tbody className="kern-table__body">
              {data.rows.map((r) => (
                <tr className="kern-table__row" key={r.row} data-testid="payment-import-row">
                  <td className="kern-table__cell">{r.row}</td>
                  <th className="kern-table__cell" scope="row">
                    {r.documentReference}
                  </th>
                  <td className="kern-table__cell" lang="de">
                    {r.fundName ?? "–"}
                  </td>
                  <td className="kern-table__cell" lang="de">
                    {r.measureTitle ?? "–"}
                  </td>
                  <td className="kern-table__cell">{r.date ? date(r.date) : "–"}</td>
                  <td className={num}>{r.amountCents === null ? "–" : money(r.amountCents)}</td>
                  <td className={num}>
                    {r.kursAmountCents === null ? "–" : money(r.kursAmountCents)}
                  </td>
                  <td className="kern-table__cell">{t(`paymentImport.statuses.${r.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      {data?.missingFromFile.length ? (
        <TableScroll>
          <table className="kern-table kern-table--striped" data-testid="payment-import-missing">
            <caption className="kern-title">{t("paymentImport.missingCaption")}</caption>
            <thead className="kern-table__head">
              <HeaderRow columns={["reference", "fund", "date", "kursAmount"]} />
            </thead>
            <tbody className="kern-table__body">
              {data.missingFromFile.map((m) => (
                <tr className="kern-table__row" key={m.bookingId}>
                  <th className="kern-table__cell" scope="row">
                    {m.documentReference ?? "–"}
                  </th>
                  <td className="kern-table__cell" lang="de">
                    {m.fundName}
                  </td>
                  <td className="kern-table__cell">{date(m.date)}</td>
                  <td className={num}>{money(m.amountCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      {data?.valid && content && !run.isSuccess ? (
        <>
          <p className="kern-body">
            {t("paymentImport.summary", { count: data.bookCount, amount: money(data.bookCents) })}
          </p>
          <button
            type="button"
            className="kern-btn kern-btn--primary"
            disabled={data.bookCount === 0}
            onClick={() => run.mutate(content)}
          >
            <span className="kern-label">{t("paymentImport.run")}</span>
          </button>
        </>
      ) : null}
      <WriteOutcome
        write={run}
        doneTitle={(result) =>
          t("paymentImport.done", { count: result.booked, skipped: result.skipped })
        }
      />
    </TitledSection>
  );
}
