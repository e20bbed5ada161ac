import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import type { Council } from "../../contract/council";
import type { Fund } from "../../contract/ledger";
import { councilPaperRoutes as api } from "../../contract/routes/council-papers";
import { type FundPaperKind, fundPaperKinds } from "../../domain/paper-draft";
import { useCommittee, useConcept, useCouncil } from "../api/queries";
import { useRouteWrite } from "../api/route-write";
import { fieldErrors, SelectField } from "../components/form";
import { ErrorNotice } from "../components/QueryState";
import { useFormat } from "../i18n/useFormat";
import { DraftPaperSubmit } from "./DraftPaperSubmit";

/**
 * „Vorlage entwerfen“ on the fund page: Kurs writes the paper from the fund's figures
 * and forecast — widen its purpose by an action field, or carry its rest over — with the
 * Beratungsfolge to the deciding committee; the office then edits it on the paper's page.
 */
export function FundPaperDraft({ fund }: { fund: Fund }) {
  const council = useCouncil().data;
  if (!council?.mayEdit || fund.yearClosed) return null;
  return <DraftForm fund={fund} council={council} />;
}

/** „Next reachable meeting“ (the server's choice) or one of the committee's coming meetings. */
const nextMeeting = "";

function DraftForm({ fund, council }: { fund: Fund; council: Council }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const committees = council.committees;
  const navigate = useNavigate();
  const fields = useConcept().data?.current?.actionFields ?? [];
  const post = useRouteWrite(api.draftPaperFromFund, { params: { fundId: fund.id } });
  const granting = committees.find((c) => c.name === fund.grantedBy?.committee);
  const inPurpose = new Set(
    fund.purpose
      .filter((p) => p.kind === "actionField" && !p.validTo)
      .map((p) => p.actionFieldLineageId),
  );
  const open = fields.filter((f) => !inPurpose.has(f.lineageId));
  const [kind, setKind] = useState<FundPaperKind>("widenPurpose");
  const [fieldId, setFieldId] = useState("");
  const [committeeId, setCommitteeId] = useState(granting?.id ?? committees[0]?.id ?? "");
  const [meetingId, setMeetingId] = useState(nextMeeting);
  const errors = fieldErrors(post.error);
  // The committee's coming meetings with their Vorlagenfrist, as the server counts them.
  const coming = (useCommittee(committeeId).data?.meetings ?? [])
    .filter((m): m is typeof m & { paperDue: string } => m.paperDue !== null)
    .sort((a, b) => a.meetingDate.localeCompare(b.meetingDate));
  const meetingLabel = (m: (typeof coming)[number]) =>
    `${date(m.meetingDate)} – ${m.name} (${t(
      m.paperInTime ? "council.fundPaper.dueBy" : "council.fundPaper.duePassed",
      { date: date(m.paperDue) },
    )})`;
  const chosenField = fieldId || open[0]?.lineageId || "";

  const submit = (event: FormEvent) => {
    event.preventDefault();
    post.mutate(
      {
        kind,
        committeeId: committeeId || undefined,
        meetingId: meetingId || undefined,
        actionFieldLineageId: kind === "widenPurpose" ? chosenField || undefined : undefined,
      },
      { onSuccess: (paper) => navigate(`/gremien/vorlagen/${paper.id}`) },
    );
  };

  return (
    <section className="kurs-section" aria-labelledby="fund-paper-title">
      <h2 id="fund-paper-title" className="kern-heading-medium">
        {t("council.fundPaper.title")}
      </h2>
      <p className="kern-body">{t("council.fundPaper.lead")}</p>
      {post.isError ? <ErrorNotice error={post.error} /> : null}
      <form className="kurs-form" onSubmit={submit} noValidate data-testid="fund-paper-form">
        <SelectField
          id="fund-paper-kind"
          label={t("council.fundPaper.kind")}
          value={kind}
          onChange={(v) => setKind(v as FundPaperKind)}
          options={fundPaperKinds.map((k) => ({
            value: k,
            label: t(`council.fundPaper.kinds.${k}`),
          }))}
          error={errors.kind}
        />
        {kind === "widenPurpose" ? (
          <SelectField
            id="fund-paper-field"
            label={t("council.fundPaper.field")}
            hint={t("council.fundPaper.fieldHint")}
            value={chosenField}
            onChange={setFieldId}
            options={open.map((f) => ({ value: f.lineageId, label: `${f.position}. ${f.title}` }))}
            error={errors.actionFieldLineageId}
          />
        ) : null}
        <SelectField
          id="fund-paper-committee"
          label={t("council.fundPaper.committee")}
          value={committeeId}
          onChange={(id) => {
            setCommitteeId(id);
            setMeetingId(nextMeeting);
          }}
          options={committees.map((c) => ({ value: c.id, label: c.name }))}
          error={errors.committeeId}
        />
        <SelectField
          id="fund-paper-meeting"
          label={t("council.fundPaper.meeting")}
          value={meetingId}
          onChange={setMeetingId}
          options={[
            { value: nextMeeting, label: t("council.fundPaper.nextMeeting") },
            ...coming.map((m) => ({ value: m.id, label: meetingLabel(m) })),
          ]}
          error={errors.meetingId}
        />
        <DraftPaperSubmit pending={post.isPending} />
      </form>
    </section>
  );
}
