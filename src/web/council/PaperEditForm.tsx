import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Paper } from "../../contract/council";
import { PaperForm } from "./PaperForm";

/** A button that opens the Vorlage's edit form (while undecided). */
export function PaperEditForm({ paper }: { paper: Paper }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (open) return <PaperForm mode="edit" paper={paper} onClose={() => setOpen(false)} />;
  return (
    <p>
      <button
        type="button"
        className="kern-btn kern-btn--secondary"
        onClick={() => setOpen(true)}
        data-testid="paper-edit-open"
      >
        <span className="kern-label">{t("paperFiles.edit.open")}</span>
      </button>
    </p>
  );
}
