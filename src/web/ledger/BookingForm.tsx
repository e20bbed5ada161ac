import { type FormEvent, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Booking, BookingInput } from "../../contract/ledger";
import {
  type ApprovalKind,
  approvalKinds,
  type BookingKind,
  bookingKinds,
} from "../../domain/ledger";
import { euroProblemMessage, readEuro } from "../../domain/money";
import { useBook, useFunds } from "../api/ledger";
import { useMeasures } from "../api/measures";
import { fieldErrors, SelectField, TextArea, TextField } from "../components/form";
import { ErrorNotice } from "../components/QueryState";
import { useFormat } from "../i18n/useFormat";

/** Euros as typed (1.250,50) to cents; what does not parse goes to the server as typed. */
function amountOf(text: string): number {
  const read = readEuro(text);
  return read.ok ? read.cents : (text as never);
}

/** A booking form for coordinators. Typed values stay after a refusal; errors sit at the field. */
export function BookingForm({
  fundId,
  fiscalYear,
  lateBookingUntil = null,
  bookings,
}: {
  fundId: string;
  fiscalYear: number;
  /** The fiscal year is closed and late bookings (Nachbuchung) are possible until this day. */
  lateBookingUntil?: string | null;
  bookings: Booking[];
}) {
  const { t, i18n } = useTranslation();
  const { money, date } = useFormat();
  const book = useBook(fundId);
  const measures = useMeasures("pageSize=200");
  const [kind, setKind] = useState<BookingKind>("commitment");
  const [measureId, setMeasureId] = useState("");
  const [commitmentId, setCommitmentId] = useState("");
  const [amount, setAmount] = useState("");
  const [day, setDay] = useState("");
  const [documentReference, setReference] = useState("");
  const [reversesBookingId, setReverses] = useState("");
  const [counterFundId, setCounterFund] = useState("");
  const [approvalKind, setApprovalKind] = useState<ApprovalKind>("resolution");
  const [resolutionReference, setResolution] = useState("");
  const [reason, setReason] = useState("");
  const [lateReason, setLateReason] = useState("");
  const [amountProblem, setAmountProblem] = useState<string | null>(null);
  const funds = useFunds();
  const values = {
    kind,
    measureId,
    commitmentId,
    amount,
    day,
    documentReference,
    reversesBookingId,
    counterFundId,
    approvalKind,
    resolutionReference,
    reason,
    lateReason,
  };
  const valuesKey = JSON.stringify(values);
  // One key per set of typed values: sending the same values again is a replay, not a second booking.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key follows the typed values
  const idempotencyKey = useMemo(() => crypto.randomUUID(), [valuesKey]);
  const errors = fieldErrors(book.error);
  const reversed = new Set(bookings.map((b) => b.reversesBookingId));
  const commitments = bookings.filter((b) => b.kind === "commitment" && !reversed.has(b.id));
  const measureTitle = (id: string | null) =>
    measures.data?.items.find((m) => m.id === id)?.title ?? "";

  const inputOf = (): BookingInput => {
    const common = {
      date: day,
      documentReference: documentReference || null,
      ...(lateBookingUntil && lateReason.trim() ? { lateBooking: { reason: lateReason } } : {}),
    };
    switch (kind) {
      case "commitment":
        return { kind, measureId, amountCents: amountOf(amount), ...common };
      case "payment":
        return { kind, commitmentId, amountCents: amountOf(amount), ...common };
      case "release":
        return {
          kind,
          commitmentId,
          amountCents: amount ? amountOf(amount) : undefined,
          ...common,
        };
      case "reversal":
        return { kind, reversesBookingId, reason, ...common };
      case "transfer":
        return {
          kind,
          counterFundId,
          amountCents: amountOf(amount),
          resolutionReference,
          ...common,
        };
      case "supplement":
        return {
          kind,
          amountCents: amountOf(amount),
          approvalKind,
          resolutionReference,
          reason: reason || null,
          ...common,
        };
      case "carryOver":
        return {
          kind,
          amountCents: amountOf(amount),
          counterFundId: counterFundId || null,
          approvalKind,
          resolutionReference,
          ...common,
        };
      default:
        return {
          kind,
          amountCents: amountOf(amount),
          reason: reason || null,
          resolutionReference: resolutionReference || null,
          ...common,
        };
    }
  };
  const reversible = bookings.filter(
    (b) => b.fundId === fundId && b.kind !== "reversal" && !reversed.has(b.id),
  );
  const otherFunds = (funds.data?.items ?? []).filter(
    (f) => f.id !== fundId && (kind === "transfer" ? true : f.fiscalYear === fiscalYear + 1),
  );
  const needsApproval = kind === "supplement" || kind === "carryOver";
  const needsResolution = needsApproval || kind === "transfer";
  const hasReason =
    kind === "reversal" || kind === "supplement" || kind === "block" || kind === "unblock";
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // The amount is read by src/domain/money: "30,000" is refused at the field, saying why.
    const read = amount.trim() ? readEuro(amount) : null;
    const problem =
      read && !read.ok
        ? euroProblemMessage(read.problem, i18n.language === "en" ? "en" : "de")
        : null;
    setAmountProblem(problem);
    if (problem && kind !== "reversal") {
      document.getElementById("booking-amount")?.focus();
      return;
    }
    book.mutate({ input: inputOf(), key: idempotencyKey }, { onSuccess: () => setAmount("") });
  };

  return (
    <form className="kurs-section" onSubmit={submit} noValidate aria-labelledby="booking-title">
      <h2 id="booking-title" className="kern-heading-medium">
        {t("ledger.form.title")}
      </h2>
      {book.isError ? <ErrorNotice error={book.error} /> : null}
      {book.isSuccess ? (
        <p className="kern-body" role="status" data-testid="booking-saved">
          {t("ledger.form.saved", { amount: money(book.data.amountCents) })}
        </p>
      ) : null}
      <div className="kurs-form-grid">
        <SelectField
          id="booking-kind"
          label={t("ledger.form.kind")}
          value={kind}
          onChange={(v) => setKind(v as BookingKind)}
          options={bookingKinds.map((k) => ({ value: k, label: t(`ledger.kind.${k}`) }))}
          error={errors.kind}
        />
        {kind === "commitment" ? (
          <SelectField
            id="booking-measure"
            label={t("ledger.form.measure")}
            value={measureId}
            onChange={setMeasureId}
            emptyLabel=""
            options={(measures.data?.items ?? []).map((m) => ({ value: m.id, label: m.title }))}
            error={errors.measureId}
          />
        ) : null}
        {kind === "payment" || kind === "release" ? (
          <SelectField
            id="booking-commitment"
            label={t("ledger.form.commitment")}
            value={commitmentId}
            onChange={setCommitmentId}
            emptyLabel=""
            options={commitments.map((c) => ({
              value: c.id,
              label: `${date(c.date)} · ${money(c.amountCents)} · ${measureTitle(c.measureId)}`,
            }))}
            error={errors.commitmentId}
          />
        ) : null}
        {kind === "reversal" ? (
          <SelectField
            id="booking-reverses"
            label={t("ledger.form.reverses")}
            value={reversesBookingId}
            onChange={setReverses}
            emptyLabel=""
            options={reversible.map((b) => ({
              value: b.id,
              label: `${date(b.date)} · ${t(`ledger.kind.${b.kind}`)} · ${money(b.amountCents)}${b.documentReference ? ` · ${b.documentReference}` : ""}`,
            }))}
            error={errors.reversesBookingId}
          />
        ) : null}
        {kind === "transfer" || kind === "carryOver" ? (
          <SelectField
            id="booking-counter-fund"
            label={kind === "transfer" ? t("ledger.form.counterFund") : t("ledger.form.carryInto")}
            value={counterFundId}
            onChange={setCounterFund}
            emptyLabel={
              kind === "carryOver" ? t("ledger.form.carryIntoNew", { year: fiscalYear + 1 }) : ""
            }
            options={otherFunds.map((f) => ({ value: f.id, label: `${f.name} (${f.fiscalYear})` }))}
            error={errors.counterFundId}
          />
        ) : null}
        {needsApproval ? (
          <SelectField
            id="booking-approval-kind"
            label={t("ledger.form.approvalKind")}
            value={approvalKind}
            onChange={(v) => setApprovalKind(v as ApprovalKind)}
            options={approvalKinds.map((k) => ({
              value: k,
              label: t(`ledger.approvalKind.${k}`),
            }))}
            error={errors.approvalKind}
          />
        ) : null}
        {needsResolution || kind === "block" || kind === "unblock" ? (
          <TextField
            id="booking-resolution"
            label={needsApproval ? t("ledger.form.approvalReference") : t("ledger.form.resolution")}
            optional={!needsResolution}
            value={resolutionReference}
            onChange={setResolution}
            error={errors.resolutionReference}
          />
        ) : null}
        {kind === "reversal" ? null : (
          <TextField
            id="booking-amount"
            label={t("ledger.form.amount")}
            hint={kind === "release" ? t("ledger.form.releaseHint") : t("ledger.form.amountHint")}
            optional={kind === "release"}
            value={amount}
            onChange={setAmount}
            error={amountProblem ?? errors.amountCents}
          />
        )}
        {hasReason ? (
          <TextArea
            id="booking-reason"
            label={t("ledger.form.reason")}
            optional={kind !== "reversal"}
            value={reason}
            onChange={setReason}
            error={errors.reason}
          />
        ) : null}
        <TextField
          id="booking-date"
          type="date"
          label={t("ledger.form.date")}
          value={day}
          onChange={setDay}
          error={errors.date}
        />
        {lateBookingUntil ? (
          <TextArea
            id="booking-late-reason"
            label={t("fundFigures.lateReason")}
            hint={t("fundFigures.lateHint", { year: fiscalYear, date: date(lateBookingUntil) })}
            optional
            value={lateReason}
            onChange={setLateReason}
            error={errors["lateBooking.reason"]}
          />
        ) : null}
        <TextField
          id="booking-reference"
          label={t("ledger.form.reference")}
          optional
          value={documentReference}
          onChange={setReference}
          error={errors.documentReference}
        />
      </div>
      <button type="submit" className="kern-btn kern-btn--primary" disabled={book.isPending}>
        <span className="kern-label">{t("ledger.form.submit")}</span>
      </button>
    </form>
  );
}
