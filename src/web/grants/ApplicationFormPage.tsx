import "../measures/measures.css";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import type { ApplicationInput, Programme } from "../../contract/grants";
import type { CostKind } from "../../domain/grants";
import { euroProblemMessage, readEuro } from "../../domain/money";
import { useGrantProgrammes, useSaveApplication } from "../api/grants";
import { fieldErrors, SelectField, TextArea, TextField } from "../components/form";
import { dateValueOf } from "../components/form/inputs";
import { Page } from "../components/Page";
import { ErrorNotice, QueryState } from "../components/QueryState";
import { useFormat } from "../i18n/useFormat";

type Amounts = Record<string, string>;

/** The form's amounts in cents, or the field problems of what could not be read. */
function readAmounts(amounts: Amounts, language: "de" | "en") {
  const cents: Record<string, number> = {};
  const problems: Record<string, string> = {};
  for (const [key, text] of Object.entries(amounts)) {
    if (!text.trim()) continue;
    const read = readEuro(text);
    if (read.ok) cents[key] = read.cents;
    else problems[key] = euroProblemMessage(read.problem, language);
  }
  return { cents, problems };
}

function Form({ programmes }: { programmes: Programme[] }) {
  const { t } = useTranslation();
  const { money, language } = useFormat();
  const navigate = useNavigate();
  const save = useSaveApplication(null);
  const [programmeId, setProgrammeId] = useState(programmes[0]?.id ?? "");
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const [periodFrom, setFrom] = useState("");
  const [periodTo, setTo] = useState("");
  const [amounts, setAmounts] = useState<Amounts>({});
  const [local, setLocal] = useState<Record<string, string>>({});
  const programme = programmes.find((p) => p.id === programmeId);
  const kinds: CostKind[] = programme?.eligibleCostKinds ?? [];
  const setAmount = (key: string) => (value: string) => setAmounts((a) => ({ ...a, [key]: value }));
  const server = fieldErrors(save.error);
  const read = readAmounts(amounts, language);
  const total = kinds.reduce((sum, k) => sum + (read.cents[`cost.${k}`] ?? 0), 0);
  const financed =
    (read.cents.own ?? 0) + (read.cents.thirdParty ?? 0) + (read.cents.requested ?? 0);
  // The plan as sent: the cost kinds with an amount, in the programme's order.
  const planned = kinds.filter((k) => (amounts[`cost.${k}`] ?? "").trim());
  const costError = (k: CostKind) => {
    const i = planned.indexOf(k);
    if (local[`cost.${k}`]) return local[`cost.${k}`];
    if (i >= 0) return server[`costPlan.${i}.amountCents`] ?? server[`costPlan.${i}.costKind`];
    // "The plan needs a cost kind": shown at the first one.
    return k === kinds[0] && planned.length === 0 ? server.costPlan : undefined;
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const now = readAmounts(amounts, language);
    setLocal(now.problems);
    const first = Object.keys(now.problems)[0];
    if (first) {
      document.getElementById(`grant-${first.replace(".", "-")}`)?.focus();
      return;
    }
    const input: ApplicationInput = {
      programmeId,
      title,
      description: description || null,
      costPlan: planned.map((k) => ({ costKind: k, amountCents: now.cents[`cost.${k}`] ?? 0 })),
      financing: {
        ownCents: now.cents.own ?? 0,
        thirdPartyCents: now.cents.thirdParty ?? 0,
        requestedCents: now.cents.requested ?? 0,
      },
      periodFrom: dateValueOf(periodFrom),
      periodTo: dateValueOf(periodTo),
    };
    save.mutate(input, { onSuccess: (created) => navigate(`/zuwendungen/antraege/${created.id}`) });
  };

  return (
    <form onSubmit={submit} noValidate aria-describedby="grant-form-lead">
      <p id="grant-form-lead" className="kern-body">
        {t("grants.form.lead")}
      </p>
      {save.isError ? <ErrorNotice error={save.error} /> : null}
      <fieldset className="kurs-section kern-fieldset kurs-grant-fieldset">
        <legend className="kern-label">{t("grants.form.measureLegend")}</legend>
        <SelectField
          id="grant-programme"
          label={t("grants.form.programme")}
          value={programmeId}
          onChange={setProgrammeId}
          options={programmes.map((p) => ({ value: p.id, label: p.title }))}
          error={server.programmeId}
        />
        {programme ? (
          <p className="kern-body kern-body--small" data-testid="programme-rules">
            {t("grants.form.rules", {
              type: t(`grants.financingType.${programme.financingType}`),
              share: String(programme.maxShareBasisPoints / 100).replace(".", ","),
            })}
          </p>
        ) : null}
        <TextField
          id="grant-title"
          label={t("grants.form.title")}
          value={title}
          onChange={setTitle}
          error={server.title}
        />
        <TextArea
          id="grant-description"
          label={t("grants.form.description")}
          optional
          value={description}
          onChange={setDescription}
          error={server.description}
        />
        <TextField
          id="grant-period-from"
          type="date"
          label={t("grants.form.periodFrom")}
          value={periodFrom}
          onChange={setFrom}
          error={server.periodFrom}
        />
        <TextField
          id="grant-period-to"
          type="date"
          label={t("grants.form.periodTo")}
          value={periodTo}
          onChange={setTo}
          error={server.periodTo}
        />
      </fieldset>
      <fieldset
        className="kurs-section kern-fieldset kurs-grant-fieldset"
        aria-describedby="grant-cost-hint"
      >
        <legend className="kern-label">{t("grants.form.costLegend")}</legend>
        <p id="grant-cost-hint" className="kern-body kern-body--small">
          {t("grants.form.costHint")}
        </p>
        {kinds.map((k) => (
          <TextField
            key={k}
            id={`grant-cost-${k}`}
            label={t(`grants.costKind.${k}`)}
            optional
            inputMode="decimal"
            value={amounts[`cost.${k}`] ?? ""}
            onChange={setAmount(`cost.${k}`)}
            error={costError(k)}
          />
        ))}
        <p className="kern-body kern-body--bold" aria-live="polite" data-testid="grant-total">
          {t("grants.form.total", { amount: money(total) })}
        </p>
      </fieldset>
      <fieldset
        className="kurs-section kern-fieldset kurs-grant-fieldset"
        aria-describedby="grant-financing-hint"
      >
        <legend className="kern-label">{t("grants.form.financingLegend")}</legend>
        <p id="grant-financing-hint" className="kern-body kern-body--small">
          {t("grants.form.financingHint")}
        </p>
        <TextField
          id="grant-own"
          label={t("grants.form.own")}
          inputMode="decimal"
          value={amounts.own ?? ""}
          onChange={setAmount("own")}
          error={local.own ?? server["financing.ownCents"]}
        />
        <TextField
          id="grant-thirdParty"
          label={t("grants.form.thirdParty")}
          inputMode="decimal"
          value={amounts.thirdParty ?? ""}
          onChange={setAmount("thirdParty")}
          error={local.thirdParty ?? server["financing.thirdPartyCents"]}
        />
        <TextField
          id="grant-requested"
          label={t("grants.form.requested")}
          inputMode="decimal"
          value={amounts.requested ?? ""}
          onChange={setAmount("requested")}
          error={local.requested ?? server["financing.requestedCents"]}
        />
        <p className="kern-body" aria-live="polite" data-testid="grant-balance">
          {financed === total
            ? t("grants.form.balanced")
            : t("grants.form.unbalanced", { amount: money(total - financed) })}
        </p>
      </fieldset>
      <div className="kurs-actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={save.isPending}>
          <span className="kern-label">{t("grants.form.save")}</span>
        </button>
        <Link className="kern-link" to="/zuwendungen">
          {t("grants.form.cancel")}
        </Link>
      </div>
    </form>
  );
}

/** /zuwendungen/neu — a provider applies for a grant (saved as a draft, then submitted). */
export function ApplicationFormPage() {
  const { t } = useTranslation();
  const programmes = useGrantProgrammes();
  return (
    <Page title={t("grants.form.pageTitle")}>
      <QueryState query={programmes}>
        {(data) =>
          data.items.length ? (
            <Form programmes={data.items} />
          ) : (
            <p className="kern-body">{t("grants.noProgrammes")}</p>
          )
        }
      </QueryState>
    </Page>
  );
}
