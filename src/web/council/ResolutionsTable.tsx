import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Resolution } from "../../contract/resolution";
import { Empty } from "../components/QueryState";
import { sourceLanguage } from "../components/SourceText";
import { sortRows } from "../components/sortOrder";
import { TableScroll } from "../components/TableScroll";
import { useSortColumns } from "../components/useSortColumns";
import { useFormat } from "../i18n/useFormat";
import { CorrectionNotes } from "./CorrectionNotes";
import { type EffectNames, EffectText } from "./EffectText";
import { PaperLink } from "./PaperLink";

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
  const { order, header, sortedBy } = useSortColumns<Column>(
    {
      decidedOn: t("council.resolutionsPage.decidedOn"),
      committee: t("council.resolutionsPage.committee"),
      outcome: t("council.resolutionsPage.outcome"),
    },
    { column: "decidedOn", direction: "descending" },
  );
  if (!resolutions.length) return <Empty>{t("council.resolutionsPage.none")}</Empty>;
  const outcomeLabel = (r: Resolution) => t(`council.outcomes.${r.outcome}`);
  const shown = sortRows(resolutions, order, (r, c) =>
    c === "outcome" ? outcomeLabel(r) : value(r, c),
  );
  return (
    <TableScroll>
      <table className="kern-table kurs-resolutions" data-testid="resolutions">
        <caption className="kern-sr-only">{t("council.resolutionsPage.caption", sortedBy)}</caption>
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
              <td className="kern-table__cell">{r.paper ? <PaperLink paper={r.paper} /> : "–"}</td>
              <td className="kern-table__cell">{outcomeLabel(r)}</td>
              <td className="kern-table__cell kurs-resolutions__text">
                <span lang={sourceLanguage}>{r.text}</span>
                <CorrectionNotes resolution={r} />
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
