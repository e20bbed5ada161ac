import { useTranslation } from "react-i18next";
import type { Paper } from "../../contract/council";
import { FileAttachments } from "../components/FileAttachments";

/** Anlagen: listed for everyone with download links; editors upload and remove while undecided. */
export function PaperAttachments({ paper, mayEdit }: { paper: Paper; mayEdit: boolean }) {
  const { t } = useTranslation();
  return (
    <FileAttachments
      idPrefix="paper-file"
      title={t("paperFiles.title")}
      none={t("paperFiles.none")}
      files={paper.files}
      basePath={`/papers/${paper.id}/files`}
      editable={mayEdit && !paper.decided}
    />
  );
}
