import { useTranslation } from "react-i18next";
import { committeeReportRoutes as api } from "../../contract/routes/committee-reports";
import { type ReportFormat, reportFormats } from "../../domain/file-formats";
import { apiAddress } from "../api/call";

/** The files of a final report and of a draft, per format. */
const fileRoutes = {
  report: {
    pdf: api.exportCommitteeReportPdf,
    docx: api.exportCommitteeReportDocx,
    html: api.exportCommitteeReportHtml,
  },
  draft: {
    pdf: api.exportReportDraftPdf,
    docx: api.exportReportDraftDocx,
    html: api.exportReportDraftHtml,
  },
} satisfies Record<string, Record<ReportFormat, unknown>>;

/** Links to a report's PDF, DOCX and HTML file. */
export function DownloadLinks({
  of,
  id,
  title,
}: {
  of: keyof typeof fileRoutes;
  id: string;
  title: string;
}) {
  const { t } = useTranslation();
  return (
    <ul className="kurs-report-downloads" aria-label={t("reportsPage.downloadsOf", { title })}>
      {reportFormats.map((format) => (
        <li key={format}>
          <a
            className="kern-link"
            href={apiAddress(fileRoutes[of][format], { params: { id } })}
            download
          >
            {t(`reportsPage.download.${format}`)}
          </a>
        </li>
      ))}
    </ul>
  );
}
