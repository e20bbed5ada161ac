import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { FollowUp, FollowUpState } from "../../contract/follow-up";
import { resolutionRoutes } from "../../contract/routes/resolutions";
import { followUpStates, isClosedState } from "../../domain/follow-up";
import { useRouteQuery } from "../api/queries";
import { Alert } from "../components/Alert";
import { Badge } from "../components/Badge";
import { Fact, Facts } from "../components/Facts";
import { Checkbox, fieldErrors, SelectField, TextArea, TextField } from "../components/form";
import { Empty, ErrorNotice, QueryState } from "../components/QueryState";
import { SourceText, sourceLanguage } from "../components/SourceText";
import { useFormat } from "../i18n/useFormat";
import {
  useAddFollowUpNote,
  useCreateFollowUp,
  useFollowUpRights,
  useFollowUps,
  useUpdateFollowUp,
} from "./followUpsApi";
import { PaperLink } from "./PaperLink";

const stateTone: Record<FollowUpState, "info" | "success" | "warning" | "danger"> = {
  open: "info",
  inProgress: "warning",
  done: "success",
  overtaken: "info",
};

/** The state and, for the office, a way to change it and to add a dated note. */
function FollowUpEditor({ item }: { item: FollowUp }) {
  const { t } = useTranslation();
  const update = useUpdateFollowUp();
  const note = useAddFollowUpNote();
  const [state, setState] = useState<FollowUpState>(item.state);
  const [text, setText] = useState("");
  const [notedOn, setNotedOn] = useState("");
  const errors = { ...fieldErrors(update.error), ...fieldErrors(note.error) };
  const saveState = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ id: item.id, state });
  };
  const addNote = (event: FormEvent) => {
    event.preventDefault();
    note.mutate(
      { id: item.id, text, notedOn: notedOn || undefined },
      {
        onSuccess: () => {
          setText("");
          setNotedOn("");
        },
      },
    );
  };
  return (
    <div className="kurs-follow-up__edit">
      {update.isError ? <ErrorNotice error={update.error} /> : null}
      {note.isError ? <ErrorNotice error={note.error} /> : null}
      <form className="kurs-follow-up__state" onSubmit={saveState} noValidate>
        <SelectField
          id={`follow-up-state-${item.id}`}
          label={t("council.followUps.state")}
          value={state}
          onChange={(v) => setState(v as FollowUpState)}
          options={followUpStates.map((s) => ({
            value: s,
            label: t(`council.followUps.states.${s}`),
          }))}
          error={errors.state ?? errors.closedOn}
        />
        <button type="submit" className="kern-btn kern-btn--secondary" disabled={update.isPending}>
          <span className="kern-label">{t("council.followUps.saveState")}</span>
        </button>
      </form>
      <details className="kurs-follow-up__note">
        <summary>{t("council.followUps.addNote")}</summary>
        <form className="kurs-form" onSubmit={addNote} noValidate>
          <TextArea
            id={`follow-up-note-${item.id}`}
            label={t("council.followUps.noteText")}
            value={text}
            onChange={setText}
            error={errors.text}
            rows={2}
          />
          <TextField
            id={`follow-up-note-date-${item.id}`}
            type="date"
            label={t("council.followUps.notedOn")}
            hint={t("council.followUps.notedOnHint")}
            value={notedOn}
            onChange={setNotedOn}
            error={errors.notedOn}
            optional
          />
          <div>
            <button
              type="submit"
              className="kern-btn kern-btn--secondary"
              disabled={note.isPending}
            >
              <span className="kern-label">{t("council.followUps.saveNote")}</span>
            </button>
          </div>
        </form>
      </details>
    </div>
  );
}

function FollowUpCard({ item, edit }: { item: FollowUp; edit: boolean }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const r = item.resolution;
  return (
    <li className="kurs-follow-up" data-testid="follow-up">
      <h3 className="kern-heading-small" lang={sourceLanguage}>
        {item.title}
      </h3>
      <p>
        <Badge
          tone={item.overdue ? "danger" : stateTone[item.state]}
          label={`${t(`council.followUps.states.${item.state}`)}${item.closedOn ? ` ${t("council.followUps.on", { date: date(item.closedOn) })}` : ""}`}
        />{" "}
        {item.overdue ? <Badge tone="danger" label={t("council.followUps.overdue")} /> : null}{" "}
        {item.automatic ? <Badge tone="info" label={t("council.followUps.automatic")} /> : null}
      </p>
      <Facts>
        <Fact label={t("council.followUps.resolution")}>
          {date(r.decidedOn)}
          {r.paper ? (
            <>
              {", "}
              <PaperLink paper={r.paper} />
            </>
          ) : null}
        </Fact>
        <Fact label={t("council.followUps.responsible")}>
          {item.responsible ? <SourceText>{item.responsible}</SourceText> : "–"}
        </Fact>
        <Fact label={t("council.followUps.dueOn")}>{item.dueOn ? date(item.dueOn) : "–"}</Fact>
      </Facts>
      {item.notes.length ? (
        <ul className="kern-list kurs-follow-up__notes">
          {item.notes.map((n) => (
            <li key={n.id}>
              {date(n.notedOn)}: <SourceText>{n.text}</SourceText>
            </li>
          ))}
        </ul>
      ) : null}
      {edit ? <FollowUpEditor item={item} /> : null}
    </li>
  );
}

/** A follow-up by hand: for which resolution, what, by whom (organisation or role), by when. */
function NewFollowUp({ committeeId }: { committeeId: string }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const resolutions = useRouteQuery(resolutionRoutes.listResolutions, {});
  const create = useCreateFollowUp();
  const [resolutionId, setResolutionId] = useState("");
  const [title, setTitle] = useState("");
  const [responsible, setResponsible] = useState("");
  const [dueOn, setDueOn] = useState("");
  const own = (resolutions.data?.items ?? []).filter((r) => r.committee.id === committeeId);
  const chosen = resolutionId || own[0]?.id || "";
  const errors = fieldErrors(create.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        resolutionId: chosen,
        title,
        responsible: responsible || undefined,
        dueOn: dueOn || undefined,
      },
      {
        onSuccess: () => {
          setTitle("");
          setResponsible("");
          setDueOn("");
        },
      },
    );
  };
  if (!own.length) return null;
  return (
    <details className="kurs-follow-up__new">
      <summary>{t("council.followUps.new")}</summary>
      {create.isSuccess ? (
        <Alert tone="success" title={t("council.followUps.created")} role="status" />
      ) : null}
      {create.isError ? <ErrorNotice error={create.error} /> : null}
      <form className="kurs-form" onSubmit={submit} noValidate data-testid="follow-up-form">
        <SelectField
          id="follow-up-resolution"
          label={t("council.followUps.resolution")}
          value={chosen}
          onChange={setResolutionId}
          options={own.map((r) => ({
            value: r.id,
            label: `${date(r.decidedOn)}: ${r.paper ? (r.paper.reference ?? r.paper.title) : r.text.slice(0, 60)}`,
          }))}
        />
        <TextField
          id="follow-up-title"
          label={t("council.followUps.title")}
          value={title}
          onChange={setTitle}
          error={errors.title}
          required
        />
        <TextField
          id="follow-up-responsible"
          label={t("council.followUps.responsible")}
          hint={t("council.followUps.responsibleHint")}
          value={responsible}
          onChange={setResponsible}
          error={errors.responsible}
          optional
        />
        <TextField
          id="follow-up-due"
          type="date"
          label={t("council.followUps.dueOn")}
          value={dueOn}
          onChange={setDueOn}
          error={errors.dueOn}
          optional
        />
        <div>
          <button type="submit" className="kern-btn kern-btn--primary" disabled={create.isPending}>
            <span className="kern-label">{t("council.followUps.create")}</span>
          </button>
        </div>
      </form>
    </details>
  );
}

/**
 * Umsetzung der Beschlüsse on a committee's page: what its resolutions require, by whom, until
 * when and how far it is. Only for those who may read the office's working list.
 */
export function CommitteeFollowUps({ committeeId }: { committeeId: string }) {
  const { t } = useTranslation();
  const rights = useFollowUpRights();
  const [showClosed, setShowClosed] = useState(false);
  const query = useFollowUps({ committeeId }, rights.read);
  if (!rights.read) return null;
  return (
    <section className="kurs-section" aria-labelledby="committee-follow-ups-title">
      <h2 id="committee-follow-ups-title" className="kern-heading-large">
        {t("council.followUps.heading")}
      </h2>
      <QueryState query={query}>
        {(data) => {
          const shown = data.items.filter((f) => showClosed || !isClosedState(f.state));
          return (
            <>
              <Checkbox
                id="follow-ups-show-closed"
                label={t("council.followUps.showClosed", {
                  count:
                    data.items.length - data.items.filter((f) => !isClosedState(f.state)).length,
                })}
                checked={showClosed}
                onChange={setShowClosed}
              />
              {shown.length === 0 ? (
                <Empty>{t("council.followUps.noneOpen")}</Empty>
              ) : (
                <ul className="kurs-follow-ups" data-testid="committee-follow-ups">
                  {shown.map((f) => (
                    <FollowUpCard key={f.id} item={f} edit={rights.edit} />
                  ))}
                </ul>
              )}
            </>
          );
        }}
      </QueryState>
      {rights.edit ? <NewFollowUp committeeId={committeeId} /> : null}
    </section>
  );
}
