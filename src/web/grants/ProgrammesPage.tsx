import "./programmes.css";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { sharePercentText } from "../../domain/grant-programme";
import { useGrantProgrammes } from "../api/grants";
import { Alert } from "../components/Alert";
import { Page } from "../components/Page";
import { ListState } from "../components/QueryState";
import { TableScroll } from "../components/TableScroll";
import { useFormat } from "../i18n/useFormat";
import {
  ProgrammeOffice,
  programmeEditPath,
  programmeLinksPath,
  programmesPath,
} from "./ProgrammeOffice";

function ProgrammeList() {
  const { t } = useTranslation();
  const { date } = useFormat();
  const programmes = useGrantProgrammes();
  const saved = (useLocation().state as { saved?: string } | null)?.saved;
  return (
    <Page title={t("grantProgrammes.title")} lead={t("grantProgrammes.lead")}>
      <p className="kern-body">
        <Link className="kern-link" to="/zuwendungen">
          {t("grantProgrammes.backToGrants")}
        </Link>
      </p>
      {saved ? (
        <Alert tone="success" title={t("grantProgrammes.saved", { title: saved })} role="status" />
      ) : null}
      <p>
        <Link className="kern-btn kern-btn--primary" to={`${programmesPath}/neu`}>
          <span className="kern-label">{t("grantProgrammes.create")}</span>
        </Link>
      </p>
      <ListState query={programmes} empty={t("grants.noProgrammes")}>
        {(data) => (
          <TableScroll label={t("grantProgrammes.title")}>
            <table className="kern-table kern-table--striped" data-testid="programme-table">
              <thead className="kern-table__head">
                <tr className="kern-table__row">
                  {(["programme", "fund", "deadline", "financing", "share"] as const).map((h) => (
                    <th className="kern-table__header" scope="col" key={h}>
                      {t(`grantProgrammes.columns.${h}`)}
                    </th>
                  ))}
                  <th className="kern-table__header" scope="col">
                    <span className="kern-sr-only">{t("grantProgrammes.columns.actions")}</span>
                  </th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {data.items.map((p) => (
                  <tr className="kern-table__row" key={p.id}>
                    <th className="kern-table__header" scope="row">
                      {p.title}
                    </th>
                    <td className="kern-table__cell">{p.fundName}</td>
                    <td className="kern-table__cell">
                      {p.deadline ? date(p.deadline) : t("grantProgrammes.noDeadline")}
                    </td>
                    <td className="kern-table__cell">
                      {t(`grants.financingType.${p.financingType}`)}
                    </td>
                    <td className="kern-table__cell">
                      {t("grantProgrammes.percent", {
                        value: sharePercentText(p.maxShareBasisPoints),
                      })}
                    </td>
                    <td className="kern-table__cell">
                      <ul className="kurs-programme-actions">
                        <li>
                          <Link className="kern-link" to={programmeEditPath(p.id)}>
                            {t("grantProgrammes.edit")}
                            <span className="kern-sr-only">: {p.title}</span>
                          </Link>
                        </li>
                        <li>
                          <Link className="kern-link" to={programmeLinksPath(p.id)}>
                            {t("grantProgrammes.links.title")}
                            <span className="kern-sr-only">: {p.title}</span>
                          </Link>
                        </li>
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </ListState>
    </Page>
  );
}

/** /zuwendungen/programme: the office's grant programmes (Förderaufrufe), to edit and to link. */
export function ProgrammesPage() {
  const { t } = useTranslation();
  return (
    <ProgrammeOffice title={t("grantProgrammes.title")}>
      <ProgrammeList />
    </ProgrammeOffice>
  );
}
