import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { FundSourceInput } from "../../contract/ledger";
import { ledgerRoutes as api } from "../../contract/routes/ledger";
import { fundSourceKinds } from "../../domain/budget-sources";
import { euroProblemMessage, readEuro } from "../../domain/money";
import { apiAddress } from "../api/call";
import { useAddSource, useFundSources } from "../api/ledger";
import { fieldErrors, SelectField, TextArea, TextField, useFieldValues } from "../components/form";
import { Empty, ErrorNotice, QueryState } from "../components/QueryState";
import { TableScroll } from "../components/TableScroll";
import { useFormat } from "../i18n/useFormat";

const num = "kern-table__cell kern-table__cell--numeric";
const numHead = "kern-table__header kern-table__header--numeric";

function amountOf(text: string): number {
  const read = readEuro(text);
  return read.ok ? read.cents : (text as never);
}

function SourceForm({ fundId }: { fundId: string }) {
  const { t, i18n } = useTranslation();
  const add = useAddSource(fundId);
  const [amountProblem, setAmountProblem] = useState<string | null>(null);
  const { values: v, bind } = useFieldValues(
    {
      kind: "land",
      name: "",
      amount: "",
      notice: "",
      noticeDate: "",
      spendBy: "",
      proofDueBy: "",
      conditions: "",
    },
    fieldErrors(add.error),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const read = readEuro(v.amount);
    const problem = read.ok
      ? null
      : euroProblemMessage(read.problem, i18n.language === "en" ? "en" : "de");
    setAmountProblem(problem);
    if (problem) {
      document.getElementById("source-amount")?.focus();
      return;
    }
    const input: FundSourceInput = {
      kind: v.kind as FundSourceInput["kind"],
      name: v.name,
      amountCents: amountOf(v.amount),
      grantNoticeReference: v.notice || null,
      grantNoticeDate: v.noticeDate || null,
      spendBy: v.spendBy || null,
      proofDueBy: v.proofDueBy || null,
      conditions: v.conditions || null,
    };
    add.mutate(input);
  };
  return (
    <form className="kurs-section" onSubmit={submit} noValidate aria-labelledby="source-title">
      <h3 id="source-title" className="kern-heading-small">
        {t("ledger.sources.add")}
      </h3>
      {add.isError ? <ErrorNotice error={add.error} /> : null}
      {add.isSuccess ? (
        <p className="kern-body" role="status">
          {t("ledger.sources.saved")}
        </p>
      ) : null}
      <div className="kurs-form-grid">
        <SelectField
          id="source-kind"
          label={t("ledger.sources.kind")}
          options={fundSourceKinds.map((k) => ({ value: k, label: t(`ledger.sourceKind.${k}`) }))}
          {...bind("kind")}
        />
        <TextField id="source-name" label={t("ledger.sources.name")} {...bind("name")} />
        <TextField
          id="source-amount"
          label={t("ledger.sources.amount")}
          hint={t("ledger.form.amountHint")}
          {...bind("amount", "amountCents")}
          error={amountProblem ?? bind("amount", "amountCents").error}
        />
        <TextField
          id="source-notice"
          label={t("ledger.sources.notice")}
          optional
          {...bind("notice", "grantNoticeReference")}
        />
        <TextField
          id="source-notice-date"
          type="date"
          label={t("ledger.sources.noticeDate")}
          optional
          {...bind("noticeDate", "grantNoticeDate")}
        />
        <TextField
          id="source-spend-by"
          type="date"
          label={t("ledger.sources.spendBy")}
          optional
          {...bind("spendBy")}
        />
        <TextField
          id="source-proof-due"
          type="date"
          label={t("ledger.sources.proofDueBy")}
          optional
          {...bind("proofDueBy")}
        />
        <TextArea
          id="source-conditions"
          label={t("ledger.sources.conditions")}
          optional
          {...bind("conditions")}
        />
      </div>
      <button type="submit" className="kern-btn kern-btn--secondary" disabled={add.isPending}>
        <span className="kern-label">{t("ledger.sources.submit")}</span>
      </button>
    </form>
  );
}

/** A fund's sources with shares, deadlines and conditions; per grant its proof of use. */
export function FundSources({ fundId, canEdit }: { fundId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const { money, date } = useFormat();
  const sources = useFundSources(fundId);
  return (
    <section className="kurs-section" aria-labelledby="sources-title">
      <h2 id="sources-title" className="kern-heading-medium">
        {t("ledger.sources.title")}
      </h2>
      <QueryState query={sources}>
        {(data) =>
          data.items.length ? (
            <TableScroll>
              <table className="kern-table kern-table--striped" data-testid="sources-table">
                <caption className="kern-title">{t("ledger.sources.caption")}</caption>
                <thead className="kern-table__head">
                  <tr className="kern-table__row">
                    <th className="kern-table__header" scope="col">
                      {t("ledger.sources.name")}
                    </th>
                    <th className={numHead} scope="col">
                      {t("ledger.sources.amount")}
                    </th>
                    <th className={numHead} scope="col">
                      {t("ledger.sources.share")}
                    </th>
                    <th className="kern-table__header" scope="col">
                      {t("ledger.sources.notice")}
                    </th>
                    <th className="kern-table__header" scope="col">
                      {t("ledger.sources.deadlines")}
                    </th>
                    <th className="kern-table__header" scope="col">
                      {t("ledger.sources.proof")}
                    </th>
                  </tr>
                </thead>
                <tbody className="kern-table__body">
                  {data.items.map((s) => (
                    <tr className="kern-table__row" key={s.id} data-testid="source-row">
                      <th className="kern-table__cell" scope="row" lang="de">
                        {s.name} ({t(`ledger.sourceKind.${s.kind}`)})
                        {s.conditions ? (
                          <div className="kern-body--small">{s.conditions}</div>
                        ) : null}
                      </th>
                      <td className={num}>{money(s.amountCents)}</td>
                      <td
                        className={num}
                      >{`${(s.sharePerMille / 10).toLocaleString("de-DE")} %`}</td>
                      <td className="kern-table__cell">
                        {[
                          s.grantNoticeReference,
                          s.grantNoticeDate ? date(s.grantNoticeDate) : null,
                        ]
                          .filter(Boolean)
                          .join(", ")}
                      </td>
                      <td className="kern-table__cell">
                        {[
                          s.spendBy
                            ? t("ledger.sources.spendByShort", { date: date(s.spendBy) })
                            : null,
                          s.proofDueBy
                            ? t("ledger.sources.proofDueShort", { date: date(s.proofDueBy) })
                            : null,
                        ]
                          .filter(Boolean)
                          .join(" · ")}
                      </td>
                      <td className="kern-table__cell">
                        {s.kind === "own" ? null : (
                          <>
                            <a
                              className="kern-link"
                              href={apiAddress(api.proofOfUseXlsx, {
                                params: { fundId, sourceId: s.id },
                              })}
                              download
                            >
                              {t("ledger.sources.proofXlsx", { name: s.name })}
                            </a>{" "}
                            <a
                              className="kern-link"
                              href={apiAddress(api.proofOfUseCsv, {
                                params: { fundId, sourceId: s.id },
                              })}
                              download
                            >
                              {t("ledger.sources.proofCsv", { name: s.name })}
                            </a>
                          </>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          ) : (
            <Empty>{t("ledger.sources.none")}</Empty>
          )
        }
      </QueryState>
      {canEdit ? <SourceForm fundId={fundId} /> : null}
    </section>
  );
}
