import "./reports.css";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useFinalReport } from "../api/committee-reports";
import { Alert } from "../components/Alert";
import { Fact, Facts } from "../components/Facts";
import { Page } from "../components/Page";
import { QueryState } from "../components/QueryState";
import { DataPaperDraft } from "../council/DataPaperDraft";
import { useFormat } from "../i18n/useFormat";
import { DownloadLinks } from "./DownloadLinks";
import { ReportHtml } from "./ReportHtml";

/** /berichte/:id — a final report: frozen, with its files and its hash. */
export function ReportPage() {
  const { t } = useTranslation();
  const { date } = useFormat();
  const { id = "" } = useParams();
  const report = useFinalReport(id);
  return (
    <Page title={report.data?.title ?? t("reportsPage.final.pageTitle")}>
      <QueryState query={report}>
        {(r) => (
          <>
            {r.supersededById ? (
              <Alert tone="warning" title={t("reportsPage.superseded")}>
                <p>
                  <Link className="kern-link" to={`/berichte/${r.supersededById}`}>
                    {t("reportsPage.final.newer")}
                  </Link>
                </p>
              </Alert>
            ) : null}
            <Facts>
              <Fact label={t("reportsPage.col.committee")}>{r.committee.name}</Fact>
              <Fact label={t("reportsPage.col.period")}>
                {date(r.periodFrom)} – {date(r.periodTo)}
              </Fact>
              <Fact label={t("reportsPage.final.finalisedAt")}>
                {date(r.finalisedAt.slice(0, 10))}
              </Fact>
              <Fact label={t("reportsPage.final.hash")}>
                <code className="kurs-report-hash">{r.snapshotSha256}</code>
              </Fact>
            </Facts>
            <h2 className="kern-heading-medium">{t("reportsPage.final.files")}</h2>
            <DownloadLinks of="report" id={r.id} title={r.title} />
            {r.supersededById ? null : <DataPaperDraft source="report" sourceId={r.id} />}
            <h2 className="kern-heading-medium">{t("reportsPage.final.report")}</h2>
            <ReportHtml html={r.html} />
          </>
        )}
      </QueryState>
    </Page>
  );
}
