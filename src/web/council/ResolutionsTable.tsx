import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Resolution } from "../../contract/resolution";
import { Empty } from "../components/QueryState";
import { SortHeader } from "../components/SortHeader";
import { sourceLanguage } from "../components/SourceText";
import { type SortOrder, sortRows, toggleSort } from "../components/sortOrder";
import { TableScroll } from "../components/TableScroll";
import { useFormat } from "../i18n/useFormat";
import { type EffectNames, EffectText } from "./EffectText";

type Column = "decidedOn" | "committee" | "outcome";

function value(r: Resolution, column: Column): string {
  if (column === "decidedOn") return `${r.decidedOn} ${r.recordedAt}`;
  if (column === "committee") return r.committee.name.toLowerCase();
  return r.outcome;
}

function Effects({ r, names }: { r: Resolution; names: EffectNames }) {
  const { t } = useTranslation();
  if (!r.effects.length) return <>{t("council.resolutionsPage.noEffects")}</>;
  return (
    <ul className="kern-list">
      {r.effects.map((effect, i) => (
        // Effects have no id; their order within a resolution never changes.
        // biome-ignore lint/suspicious/noArrayIndexKey: immutable list
        <li key={i}>
          <EffectText effect={effect} names={names} />
        </li>
      ))}
    </ul>
  );
}

/**
 * Resolutions with committee, meeting, paper, result and what each changed (its effects);
 * sortable by date, committee and result; scrolls in its own region on narrow screens.
 */
export function ResolutionsTable({
  resolutions,
  names,
}: {
  resolutions: Resolution[];
  names: EffectNames;
}) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const [order, setOrder] = useState<SortOrder<Column>>({
    column: "decidedOn",
    direction: "descending",
  });
  if (!resolutions.length) return <Empty>{t("council.resolutionsPage.none")}</Empty>;
  const labels: Record<Column, string> = {
    decidedOn: t("council.resolutionsPage.decidedOn"),
    committee: t("council.resolutionsPage.committee"),
    outcome: t("council.resolutionsPage.outcome"),
  };
  const header = (column: Column) => (
    <SortHeader
      column={column}
      label={labels[column]}
      order={order}
      onSort={(c) => setOrder(toggleSort(order, c))}
    />
  );
  const outcomeLabel = (r: Resolution) => t(`council.outcomes.${r.outcome}`);
  const shown = sortRows(resolutions, order, (r, c) =>
    c === "outcome" ? outcomeLabel(r) : value(r, c),
  );
  return (
    <TableScroll>
      <table className="kern-table kurs-resolutions" data-testid="resolutions">
        <caption className="kern-sr-only">
          {t("council.resolutionsPage.caption", {
            column: labels[order.column],
            direction: t(`users.${order.direction}`),
          })}
        </caption>
        <thead>
          <tr className="kern-table__row">
            {header("decidedOn")}
            {header("committee")}
            <th scope="col" className="kern-table__header">
              {t("council.resolutionsPage.paper")}
            </th>
            {header("outcome")}
            <th scope="col" className="kern-table__header">
              {t("council.resolutionsPage.text")}
            </th>
            <th scope="col" className="kern-table__header">
              {t("council.resolutionsPage.effects")}
            </th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {shown.map((r) => (
            <tr key={r.id} className="kern-table__row" data-testid="resolution-row">
              <td className="kern-table__cell">{date(r.decidedOn)}</td>
              <td className="kern-table__cell">
                <Link
                  to={`/gremien/gremium/${r.committee.id}`}
                  className="kern-link"
                  lang={sourceLanguage}
                >
                  {r.committee.name}
                </Link>
                {r.meeting ? (
                  <>
                    <br />
                    <Link to={`/gremien/sitzungen/${r.meeting.id}`} className="kern-link">
                      {t("council.committeePage.atMeeting", { date: date(r.meeting.meetingDate) })}
                    </Link>
                  </>
                ) : null}
              </td>
              <td className="kern-table__cell">
                {r.paper ? (
                  <Link
                    to={`/gremien/vorlagen/${r.paper.id}`}
                    className="kern-link"
                    lang={sourceLanguage}
                  >
                    {r.paper.reference ? `${r.paper.reference}: ` : ""}
                    {r.paper.title}
                  </Link>
                ) : (
                  "–"
                )}
              </td>
              <td className="kern-table__cell">{outcomeLabel(r)}</td>
              <td className="kern-table__cell kurs-resolutions__text">
                <span lang={sourceLanguage}>{r.text}</span>
                {r.correctedBy.length ? (
                  <p className="kern-body kern-body--muted">{t("concept.timeline.corrected")}</p>
                ) : null}
                {r.correctsResolutionId ? (
                  <p className="kern-body kern-body--muted">{t("concept.timeline.corrects")}</p>
                ) : null}
              </td>
              <td className="kern-table__cell kurs-resolutions__effects">
                <Effects r={r} names={names} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
