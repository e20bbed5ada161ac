import { useTranslation } from "react-i18next";
import type { Paper } from "../../contract/council";
import { councilPaperRoutes as api } from "../../contract/routes/council-papers";
import { pathOf } from "../api/call";
import type { AttachmentPaths } from "../api/upload";
import { FileAttachments } from "../components/FileAttachments";

/** The API addresses of a paper's Anlagen: upload, and each file (download, remove). */
const paperFilePaths = (id: string): AttachmentPaths => ({
  upload: (query) => pathOf(api.uploadPaperFile, { params: { id }, query }),
  file: (fileId) => pathOf(api.getPaperFile, { params: { id, fileId } }),
  remove: (fileId) => pathOf(api.removePaperFile, { params: { id, fileId } }),
});

/** Anlagen: listed for everyone with download links; editors upload and remove while undecided. */
export function PaperAttachments({ paper, mayEdit }: { paper: Paper; mayEdit: boolean }) {
  const { t } = useTranslation();
  return (
    <FileAttachments
      idPrefix="paper-file"
      title={t("paperFiles.title")}
      none={t("paperFiles.none")}
      files={paper.files}
      paths={paperFilePaths(paper.id)}
      editable={mayEdit && !paper.decided}
    />
  );
}
