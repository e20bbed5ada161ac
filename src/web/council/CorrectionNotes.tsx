import { useTranslation } from "react-i18next";
import type { Resolution } from "../../contract/resolution";

/** Says whether a later resolution corrects this one, and whether this one corrects another. */
export function CorrectionNotes({
  resolution,
}: {
  resolution: Pick<Resolution, "correctedBy" | "correctsResolutionId">;
}) {
  const { t } = useTranslation();
  return (
    <>
      {resolution.correctedBy.length ? (
        <p className="kern-body kern-body--muted">{t("concept.timeline.corrected")}</p>
      ) : null}
      {resolution.correctsResolutionId ? (
        <p className="kern-body kern-body--muted">{t("concept.timeline.corrects")}</p>
      ) : null}
    </>
  );
}
