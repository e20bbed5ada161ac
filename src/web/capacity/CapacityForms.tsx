import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Capacity } from "../../contract/capacity";
import { useAssign, useCreatePosition } from "../api/capacity";
import { useMeasures } from "../api/measures";
import { fieldErrors, SelectField, TextField } from "../components/form";
import { ErrorNotice } from "../components/QueryState";
import { parseDecimal } from "../measures/measure-form-values";

function PositionForm() {
  const { t } = useTranslation();
  const save = useCreatePosition();
  const [title, setTitle] = useState("");
  const [fte, setFte] = useState("1");
  const [validFrom, setValidFrom] = useState("");
  const errors = fieldErrors(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const n = parseDecimal(fte);
    save.mutate(
      { title, periods: [{ validFrom, fte: Number.isNaN(n) ? (fte as never) : n }] },
      { onSuccess: () => setTitle("") },
    );
  };
  return (
    <form className="kurs-section" onSubmit={submit} noValidate aria-labelledby="position-title">
      <h2 id="position-title" className="kern-heading-medium">
        {t("capacity.position.title")}
      </h2>
      {save.isError ? <ErrorNotice error={save.error} /> : null}
      <div className="kurs-form-grid">
        <TextField
          id="position-name"
          label={t("capacity.position.name")}
          value={title}
          onChange={setTitle}
          error={errors.title}
        />
        <TextField
          id="position-fte"
          label={t("capacity.position.fte")}
          value={fte}
          onChange={setFte}
          error={errors.periods}
        />
        <TextField
          id="position-from"
          type="date"
          label={t("capacity.position.validFrom")}
          value={validFrom}
          onChange={setValidFrom}
        />
      </div>
      <button type="submit" className="kern-btn kern-btn--secondary" disabled={save.isPending}>
        <span className="kern-label">{t("capacity.position.submit")}</span>
      </button>
    </form>
  );
}

function AssignForm({ positions }: { positions: Capacity["positions"] }) {
  const { t } = useTranslation();
  const save = useAssign();
  const measures = useMeasures("pageSize=200");
  const [positionId, setPositionId] = useState(positions[0]?.id ?? "");
  const [measureId, setMeasureId] = useState("");
  const [fromMonth, setFrom] = useState("");
  const [toMonth, setTo] = useState("");
  const [fte, setFte] = useState("0,5");
  const errors = fieldErrors(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const n = parseDecimal(fte);
    save.mutate({
      positionId,
      measureId,
      fromMonth,
      toMonth,
      fte: Number.isNaN(n) ? (fte as never) : n,
    });
  };
  return (
    <form className="kurs-section" onSubmit={submit} noValidate aria-labelledby="assign-title">
      <h2 id="assign-title" className="kern-heading-medium">
        {t("capacity.assign.title")}
      </h2>
      {save.isError ? <ErrorNotice error={save.error} /> : null}
      <div className="kurs-form-grid">
        <SelectField
          id="assign-position"
          label={t("capacity.assign.position")}
          value={positionId}
          onChange={setPositionId}
          options={positions.map((p) => ({ value: p.id, label: p.title }))}
        />
        <SelectField
          id="assign-measure"
          label={t("capacity.assign.measure")}
          value={measureId}
          onChange={setMeasureId}
          emptyLabel=""
          options={(measures.data?.items ?? []).map((m) => ({ value: m.id, label: m.title }))}
          error={errors.measureId}
        />
        <TextField
          id="assign-from"
          type="month"
          label={t("capacity.assign.from")}
          value={fromMonth}
          onChange={setFrom}
          error={errors.fromMonth}
        />
        <TextField
          id="assign-to"
          type="month"
          label={t("capacity.assign.to")}
          value={toMonth}
          onChange={setTo}
          error={errors.toMonth}
        />
        <TextField
          id="assign-fte"
          label={t("capacity.assign.fte")}
          value={fte}
          onChange={setFte}
          error={errors.fte}
        />
      </div>
      <button type="submit" className="kern-btn kern-btn--primary" disabled={save.isPending}>
        <span className="kern-label">{t("capacity.assign.submit")}</span>
      </button>
    </form>
  );
}

export function CapacityForms({ positions }: { positions: Capacity["positions"] }) {
  return (
    <>
      {positions.length ? <AssignForm positions={positions} /> : null}
      <PositionForm />
    </>
  );
}
