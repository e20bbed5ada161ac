import "../measures/measures.css";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import type { Application } from "../../contract/grants";
import { may } from "../../contract/permissions";
import { euroProblemMessage, readEuro } from "../../domain/money";
import { useGrantApplication, useGrantStep } from "../api/grants";
import { useMeasures } from "../api/measures";
import { useMe } from "../auth/session";
import { Fact, Facts } from "../components/Facts";
import { fieldErrors, SelectField, TextArea, TextField } from "../components/form";
import { dateValueOf } from "../components/form/inputs";
import { Page } from "../components/Page";
import { ErrorNotice, QueryState } from "../components/QueryState";
import { TableScroll } from "../components/TableScroll";
import { useFormat } from "../i18n/useFormat";
import { ApplicationFiles, ReasonStepForm } from "./ApplicationStateForms";

/** Cents of a typed amount, or the typed text (the server then names the field). */
function centsOf(text: string): number {
  const read = readEuro(text);
  return read.ok ? read.cents : (text as never);
}

function useAmountProblem() {
  const { language } = useFormat();
  return (text: string) => {
    const read = text.trim() ? readEuro(text) : null;
    return read && !read.ok ? euroProblemMessage(read.problem, language) : null;
  };
}

function Step({
  label,
  path,
  body = {},
  testId,
}: {
  label: string;
  path: string;
  body?: unknown;
  testId?: string;
}) {
  const step = useGrantStep();
  return (
    <>
      {step.isError ? <ErrorNotice error={step.error} /> : null}
      <button
        type="button"
        className="kern-btn kern-btn--secondary"
        disabled={step.isPending}
        data-testid={testId}
        onClick={() => step.mutate({ path, body })}
      >
        <span className="kern-label">{label}</span>
      </button>
    </>
  );
}

function GrantForm({ a }: { a: Application }) {
  const { t } = useTranslation();
  const step = useGrantStep();
  const problemOf = useAmountProblem();
  const [amount, setAmount] = useState("");
  const [reference, setReference] = useState("");
  const [reason, setReason] = useState("");
  const [measureId, setMeasureId] = useState(a.measureId ?? "");
  const measures = useMeasures("pageSize=200");
  const [local, setLocal] = useState<string | null>(null);
  const errors = fieldErrors(step.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problem = problemOf(amount);
    setLocal(problem);
    if (problem) return;
    step.mutate({
      path: `/grant-applications/${a.id}/grant`,
      body: {
        grantedCents: centsOf(amount),
        noticeReference: reference,
        measureId: measureId || null,
        reason: reason || null,
      },
    });
  };
  return (
    <form className="kurs-section" onSubmit={submit} noValidate aria-labelledby="grant-decide">
      <h2 id="grant-decide" className="kern-heading-medium">
        {t("grants.decide.title")}
      </h2>
      {step.isError ? <ErrorNotice error={step.error} /> : null}
      <TextField
        id="grant-granted"
        label={t("grants.decide.amount")}
        hint={t("grants.decide.amountHint")}
        inputMode="decimal"
        value={amount}
        onChange={setAmount}
        error={local ?? errors.grantedCents}
      />
      <SelectField
        id="grant-measure"
        label={t("grants.decide.measure")}
        hint={t("grants.decide.measureHint")}
        value={measureId}
        onChange={setMeasureId}
        emptyLabel=""
        options={(measures.data?.items ?? []).map((m) => ({ value: m.id, label: m.title }))}
        error={errors.measureId}
      />
      <TextField
        id="grant-notice-reference"
        label={t("grants.decide.reference")}
        value={reference}
        onChange={setReference}
        error={errors.noticeReference}
      />
      <TextArea
        id="grant-reason"
        label={t("grants.decide.reason")}
        optional
        value={reason}
        onChange={setReason}
        error={errors.reason}
      />
      <div className="kurs-actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={step.isPending}>
          <span className="kern-label">{t("grants.decide.submit")}</span>
        </button>
      </div>
    </form>
  );
}

function PaymentRequestForm({ a }: { a: Application }) {
  const { t } = useTranslation();
  const step = useGrantStep();
  const problemOf = useAmountProblem();
  const [amount, setAmount] = useState("");
  const [neededBy, setNeededBy] = useState("");
  const [local, setLocal] = useState<string | null>(null);
  const errors = fieldErrors(step.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problem = problemOf(amount);
    setLocal(problem);
    if (problem) return;
    step.mutate(
      {
        path: `/grant-applications/${a.id}/payment-requests`,
        body: { amountCents: centsOf(amount), neededBy: dateValueOf(neededBy) },
      },
      { onSuccess: () => setAmount("") },
    );
  };
  return (
    <form className="kurs-section" onSubmit={submit} noValidate aria-labelledby="grant-pay">
      <h2 id="grant-pay" className="kern-heading-medium">
        {t("grants.payment.title")}
      </h2>
      {step.isError ? <ErrorNotice error={step.error} /> : null}
      <TextField
        id="payment-amount"
        label={t("grants.payment.amount")}
        inputMode="decimal"
        value={amount}
        onChange={setAmount}
        error={local ?? errors.amountCents}
      />
      <TextField
        id="payment-needed-by"
        type="date"
        label={t("grants.payment.neededBy")}
        hint={t("grants.payment.neededByHint")}
        value={neededBy}
        onChange={setNeededBy}
        error={errors.neededBy}
      />
      <div className="kurs-actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={step.isPending}>
          <span className="kern-label">{t("grants.payment.submit")}</span>
        </button>
      </div>
    </form>
  );
}

function ProofForm({ a }: { a: Application }) {
  const { t } = useTranslation();
  const step = useGrantStep();
  const [report, setReport] = useState("");
  const [costs, setCosts] = useState<Record<string, string>>({});
  const [third, setThird] = useState("");
  const errors = fieldErrors(step.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    step.mutate({
      path: `/grant-applications/${a.id}/proof`,
      body: {
        report,
        actualCosts: a.costPlan.map((l) => ({
          costKind: l.costKind,
          amountCents: centsOf(costs[l.costKind] ?? "0"),
        })),
        actualThirdPartyCents: centsOf(third || "0"),
      },
    });
  };
  return (
    <form className="kurs-section" onSubmit={submit} noValidate aria-labelledby="grant-proof">
      <h2 id="grant-proof" className="kern-heading-medium">
        {t("grants.proof.title")}
      </h2>
      {step.isError ? <ErrorNotice error={step.error} /> : null}
      <TextArea
        id="proof-report"
        label={t("grants.proof.report")}
        value={report}
        onChange={setReport}
        error={errors.report}
      />
      {a.costPlan.map((l, i) => (
        <TextField
          key={l.costKind}
          id={`proof-cost-${l.costKind}`}
          label={t(`grants.costKind.${l.costKind}`)}
          inputMode="decimal"
          value={costs[l.costKind] ?? ""}
          onChange={(v) => setCosts((c) => ({ ...c, [l.costKind]: v }))}
          error={errors[`actualCosts.${i}.amountCents`]}
        />
      ))}
      <TextField
        id="proof-third"
        label={t("grants.proof.thirdParty")}
        inputMode="decimal"
        value={third}
        onChange={setThird}
        error={errors.actualThirdPartyCents}
      />
      <div className="kurs-actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={step.isPending}>
          <span className="kern-label">{t("grants.proof.submit")}</span>
        </button>
      </div>
    </form>
  );
}

function Detail({ a, office, canApply }: { a: Application; office: boolean; canApply: boolean }) {
  const { t } = useTranslation();
  const { money, date } = useFormat();
  const granted = a.state === "granted" || a.state === "partlyGranted";
  const base = `/grant-applications/${a.id}`;
  return (
    <>
      <Facts>
        <Fact label={t("grants.fields.state")}>
          <span data-testid="grant-state">{t(`grants.state.${a.state}`)}</span>
        </Fact>
        <Fact label={t("grants.fields.programme")}>{a.programmeTitle}</Fact>
        <Fact label={t("grants.fields.organisation")}>{a.partnerName}</Fact>
        <Fact label={t("grants.fields.period")}>
          {date(a.periodFrom)} – {date(a.periodTo)}
        </Fact>
        <Fact label={t("grants.fields.total")}>{money(a.totalCostCents)}</Fact>
        <Fact label={t("grants.fields.requested")}>{money(a.financing.requestedCents)}</Fact>
        {a.grantedCents !== null ? (
          <Fact label={t("grants.fields.granted")}>{money(a.grantedCents)}</Fact>
        ) : null}
        <Fact label={t("grants.fields.paid")}>{money(a.paidCents)}</Fact>
        {a.proofDueOn ? (
          <Fact label={t("grants.fields.proofDue")}>{date(a.proofDueOn)}</Fact>
        ) : null}
      </Facts>
      <section className="kurs-section" aria-labelledby="grant-costs">
        <h2 id="grant-costs" className="kern-heading-medium">
          {t("grants.form.costLegend")}
        </h2>
        <TableScroll label={t("grants.form.costLegend")}>
          <table className="kern-table kern-table--striped">
            <thead className="kern-table__head">
              <tr className="kern-table__row">
                <th className="kern-table__header" scope="col">
                  {t("grants.fields.costKind")}
                </th>
                <th className="kern-table__header" scope="col">
                  {t("grants.fields.planned")}
                </th>
                {a.proof ? (
                  <>
                    <th className="kern-table__header" scope="col">
                      {t("grants.fields.actual")}
                    </th>
                    <th className="kern-table__header" scope="col">
                      {t("grants.fields.eligible")}
                    </th>
                  </>
                ) : null}
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {a.costPlan.map((l) => {
                const line = a.proof?.comparison.find((c) => c.costKind === l.costKind);
                return (
                  <tr className="kern-table__row" key={l.costKind}>
                    <td className="kern-table__cell">{t(`grants.costKind.${l.costKind}`)}</td>
                    <td className="kern-table__cell">{money(l.amountCents)}</td>
                    {a.proof ? (
                      <>
                        <td className="kern-table__cell">{money(line?.actualCents ?? 0)}</td>
                        <td className="kern-table__cell" data-testid={`eligible-${l.costKind}`}>
                          {money(line?.eligibleCents ?? 0)}
                        </td>
                      </>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
        {a.proof ? (
          <p className="kern-body kern-body--small">{t("grants.proof.eligibleHint")}</p>
        ) : null}
      </section>
      <div className="kurs-actions">
        {a.state === "draft" ? (
          <Step label={t("grants.steps.submit")} path={`${base}/submit`} testId="grant-submit" />
        ) : null}
        {office && a.state === "submitted" ? (
          <Step label={t("grants.steps.review")} path={`${base}/review`} testId="grant-review" />
        ) : null}
        {granted && a.noticeReference ? (
          <>
            <a className="kern-link" href={`/api/v1${base}/notice.pdf`} download>
              {t("grants.noticePdf", { reference: a.noticeReference })}
            </a>
            <a className="kern-link" href={`/api/v1${base}/notice.docx`} download>
              {t("grants.notice", { reference: a.noticeReference })}
            </a>
          </>
        ) : null}
      </div>
      {office && a.state === "underReview" ? <GrantForm a={a} /> : null}
      {office && a.state === "underReview" ? <ReasonStepForm a={a} step="refuse" /> : null}
      {canApply && ["draft", "submitted", "underReview"].includes(a.state) ? (
        <ReasonStepForm a={a} step="withdraw" />
      ) : null}
      <ApplicationFiles a={a} />
      {granted ? (
        <section className="kurs-section" aria-labelledby="grant-requests">
          <h2 id="grant-requests" className="kern-heading-medium">
            {t("grants.payment.list")}
          </h2>
          {a.paymentRequests.length ? (
            <ul className="kern-list" data-testid="payment-requests">
              {a.paymentRequests.map((r) => (
                <li key={r.id}>
                  {money(r.amountCents)} ·{" "}
                  {t("grants.payment.neededByShort", { date: date(r.neededBy) })} ·{" "}
                  {t(`grants.payment.state.${r.state}`)}
                  {office && r.state === "requested" ? (
                    <>
                      {" "}
                      <Step
                        label={t("grants.payment.approve")}
                        path={`/grant-payment-requests/${r.id}/approve`}
                      />
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="kern-body">{t("grants.payment.none")}</p>
          )}
        </section>
      ) : null}
      {granted && !a.proof ? <PaymentRequestForm a={a} /> : null}
      {granted && !a.proof ? <ProofForm a={a} /> : null}
      {a.proof ? (
        <section className="kurs-section" aria-labelledby="grant-proof-result">
          <h2 id="grant-proof-result" className="kern-heading-medium">
            {t("grants.proof.result")}
          </h2>
          <Facts>
            <Fact label={t("grants.proof.entitled")}>{money(a.proof.entitledCents)}</Fact>
            <Fact label={t("grants.proof.reclaim")}>
              <span data-testid="grant-reclaim">{money(a.proof.reclaimCents)}</span>
            </Fact>
            <Fact label={t("grants.proof.release")}>{money(a.proof.releaseCents)}</Fact>
            <Fact label={t("grants.fields.state")}>{t(`grants.proof.state.${a.proof.state}`)}</Fact>
          </Facts>
          {office && a.proof.state === "submitted" ? (
            <Step label={t("grants.proof.confirm")} path={`${base}/proof/confirm`} />
          ) : null}
          {a.proof.state === "confirmed" && a.noticeReference ? (
            <div className="kurs-actions">
              <a
                className="kern-link"
                href={`/api/v1${base}/settlement.pdf`}
                download
                data-testid="settlement-pdf"
              >
                {t("grants.proof.letterPdf", { reference: a.noticeReference })}
              </a>
              <a className="kern-link" href={`/api/v1${base}/settlement.docx`} download>
                {t("grants.proof.letter", { reference: a.noticeReference })}
              </a>
            </div>
          ) : null}
        </section>
      ) : null}
      <section className="kurs-section" aria-labelledby="grant-history">
        <h2 id="grant-history" className="kern-heading-medium">
          {t("grants.history")}
        </h2>
        <ol className="kern-list">
          {a.events.map((e) => (
            <li key={`${e.on}-${e.toState}`}>
              {date(e.on)}: {t(`grants.state.${e.toState}`)}
              {e.reason ? ` – ${e.reason}` : ""}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

/** /zuwendungen/antraege/:id — one application: plans, decision, instalments, proof of use. */
export function ApplicationPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const application = useGrantApplication(id);
  const me = useMe();
  const role = me.data?.user.role;
  const office = may(role ?? "public", "grants.decide");
  return (
    <Page title={application.data?.title ?? t("grants.application")}>
      <QueryState query={application}>
        {(a) => <Detail a={a} office={office} canApply={may(role ?? "public", "grants.apply")} />}
      </QueryState>
    </Page>
  );
}
