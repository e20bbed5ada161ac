import { useTranslation } from "react-i18next";
import type { Application } from "../../contract/grants";
import { editableStates } from "../../domain/grants";
import { FileAttachments } from "../components/FileAttachments";

/**
 * Anlagen of an application: listed to download; uploaded and removed while it is a draft and
 * the reader may apply. `basePath`: the files' API collection, signed in or through the link.
 */
export function ApplicationAttachments({
  a,
  mayApply,
  basePath = `/grant-applications/${a.id}/files`,
}: {
  a: Application;
  mayApply: boolean;
  basePath?: string;
}) {
  const { t } = useTranslation();
  return (
    <FileAttachments
      idPrefix="grant-file"
      title={t("grants.files")}
      none={t("grantApplication.files.none")}
      files={a.files}
      basePath={basePath}
      editable={mayApply && editableStates.includes(a.state)}
    />
  );
}
