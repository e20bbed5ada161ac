import { useTranslation } from "react-i18next";
import type { Application } from "../../contract/grants";
import { editableStates } from "../../domain/grants";
import { applicationFilePaths } from "../api/grants";
import type { AttachmentPaths } from "../api/upload";
import { FileAttachments } from "../components/FileAttachments";

/**
 * Anlagen of an application: listed to download; uploaded and removed while it is a draft and
 * the reader may apply. `paths`: the files' API routes, signed in or through the link.
 */
export function ApplicationAttachments({
  a,
  mayApply,
  paths = applicationFilePaths(a.id),
}: {
  a: Application;
  mayApply: boolean;
  paths?: AttachmentPaths;
}) {
  const { t } = useTranslation();
  return (
    <FileAttachments
      idPrefix="grant-file"
      title={t("grants.files")}
      none={t("grantApplication.files.none")}
      files={a.files}
      paths={paths}
      editable={mayApply && editableStates.includes(a.state)}
    />
  );
}
