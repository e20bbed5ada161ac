import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Committee } from "../../contract/council";
import { councilPaperRoutes as api } from "../../contract/routes/council-papers";
import { useRouteWrite } from "../api/route-write";
import { Alert } from "../components/Alert";
import { fieldErrors, SelectField, TextArea, TextField } from "../components/form";
import { ErrorNotice } from "../components/QueryState";

/** A meeting by hand: committee, name, date, place and agenda items (one per line). */
export function MeetingForm({ committees }: { committees: Committee[] }) {
  const { t } = useTranslation();
  const post = useRouteWrite(api.createMeeting, {});
  const [committeeId, setCommitteeId] = useState(committees[0]?.id ?? "");
  const [name, setName] = useState("");
  const [meetingDate, setMeetingDate] = useState("");
  const [location, setLocation] = useState("");
  const [agenda, setAgenda] = useState("");
  const errors = fieldErrors(post.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const agendaItems = agenda
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean)
      .map((title) => ({ title }));
    post.mutate(
      { committeeId, name, meetingDate, location: location || undefined, agendaItems },
      {
        onSuccess: () => {
          setName("");
          setMeetingDate("");
          setLocation("");
          setAgenda("");
        },
      },
    );
  };
  return (
    <section className="kurs-section" aria-labelledby="meeting-form-title">
      <h2 id="meeting-form-title" className="kern-heading-large">
        {t("council.meetingForm.title")}
      </h2>
      {post.isSuccess ? (
        <Alert tone="success" title={t("council.meetingForm.saved")} role="status" />
      ) : null}
      {post.isError ? <ErrorNotice error={post.error} /> : null}
      <form className="kurs-form" onSubmit={submit} noValidate data-testid="meeting-form">
        <SelectField
          id="meeting-committee"
          label={t("council.meetingForm.committee")}
          value={committeeId}
          onChange={setCommitteeId}
          options={committees.map((c) => ({ value: c.id, label: c.name }))}
          error={errors.committeeId}
        />
        <TextField
          id="meeting-name"
          label={t("council.meetingForm.name")}
          value={name}
          onChange={setName}
          error={errors.name}
          required
        />
        <TextField
          id="meeting-date"
          type="date"
          label={t("council.meetingForm.date")}
          value={meetingDate}
          onChange={setMeetingDate}
          error={errors.meetingDate}
          required
        />
        <TextField
          id="meeting-location"
          label={t("council.meetingForm.location")}
          value={location}
          onChange={setLocation}
          error={errors.location}
        />
        <TextArea
          id="meeting-agenda"
          label={t("council.meetingForm.agenda")}
          hint={t("council.meetingForm.agendaHint")}
          value={agenda}
          onChange={setAgenda}
          error={errors.agendaItems}
        />
        <div>
          <button type="submit" className="kern-btn kern-btn--primary" disabled={post.isPending}>
            <span className="kern-label">{t("council.meetingForm.submit")}</span>
          </button>
        </div>
      </form>
    </section>
  );
}
