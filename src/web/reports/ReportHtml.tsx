/**
 * The report's HTML, rendered on the server as a pure function of the snapshot: every text is
 * escaped there (src/server/renderers/reports/report-html.ts, tested), so it can be inserted as markup.
 */
export function ReportHtml({ html }: { html: string }) {
  return (
    <div
      className="kurs-report-view"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: server-rendered, escaped report HTML (report-html.ts)
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
