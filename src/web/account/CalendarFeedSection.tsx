import "./calendar-feed.css";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { calendarRoutes as api } from "../../contract/routes/calendar";
import { callRoute } from "../api/call";
import { useLanguage } from "../auth/session";
import { Alert } from "../components/Alert";
import { ErrorNotice } from "../components/QueryState";
import { useFormat } from "../i18n/useFormat";

/**
 * The personal calendar link (iCalendar: meetings, Vorlagenfristen, report due dates, follow-ups
 * of resolutions) for Outlook or Thunderbird. The link is shown once; a new one replaces it, and
 * revoking makes it answer „nicht gefunden“. Public meetings: /oeffentlich/kalender.ics.
 */
export function CalendarFeedSection() {
  const { t } = useTranslation();
  const { date } = useFormat();
  const language = useLanguage();
  const client = useQueryClient();
  const status = useQuery({
    queryKey: ["calendar-feed", language],
    queryFn: () => callRoute(api.getCalendarFeed, {}, language),
  });
  const refresh = () => client.invalidateQueries({ queryKey: ["calendar-feed"] });
  const create = useMutation({
    mutationFn: () => callRoute(api.replaceCalendarFeed, {}, language),
    onSuccess: refresh,
  });
  const revoke = useMutation({
    mutationFn: () => callRoute(api.revokeCalendarFeed, {}, language),
    onSuccess: () => {
      create.reset();
      return refresh();
    },
  });
  const active = status.data?.active ?? false;
  return (
    <section
      className="kurs-section"
      aria-labelledby="calendar-feed-title"
      data-testid="calendar-feed"
    >
      <h2 id="calendar-feed-title" className="kern-heading-large">
        {t("account.calendar.title")}
      </h2>
      <p className="kern-body">{t("account.calendar.lead")}</p>
      {create.isError ? <ErrorNotice error={create.error} /> : null}
      {revoke.isError ? <ErrorNotice error={revoke.error} /> : null}
      {create.data ? (
        <Alert tone="success" title={t("account.calendar.created")} role="status" headingLevel={3}>
          <p className="kern-body">{t("account.calendar.copy")}</p>
          <p className="kern-body">
            <code data-testid="calendar-url" className="kurs-calendar-url">
              {create.data.url}
            </code>
          </p>
        </Alert>
      ) : active && status.data?.createdAt ? (
        <p className="kern-body">
          {t("account.calendar.active", { date: date(status.data.createdAt.slice(0, 10)) })}
        </p>
      ) : null}
      <div className="kurs-form__actions">
        <button
          type="button"
          className="kern-btn kern-btn--primary"
          disabled={create.isPending}
          onClick={() => create.mutate()}
        >
          <span className="kern-label">
            {active ? t("account.calendar.replace") : t("account.calendar.create")}
          </span>
        </button>
        {active ? (
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            disabled={revoke.isPending}
            onClick={() => revoke.mutate()}
          >
            <span className="kern-label">{t("account.calendar.revoke")}</span>
          </button>
        ) : null}
      </div>
    </section>
  );
}
