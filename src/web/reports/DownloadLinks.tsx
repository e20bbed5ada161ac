import { useTranslation } from "react-i18next";
import { reportFormats } from "../../domain/file-formats";

/** Links to a report's PDF, DOCX and HTML file. */
export function DownloadLinks({ base, title }: { base: string; title: string }) {
  const { t } = useTranslation();
  return (
    <ul className="kurs-report-downloads" aria-label={t("reportsPage.downloadsOf", { title })}>
      {reportFormats.map((format) => (
        <li key={format}>
          <a className="kern-link" href={`${base}/report.${format}`} download>
            {t(`reportsPage.download.${format}`)}
          </a>
        </li>
      ))}
    </ul>
  );
}
