import type { FormEvent, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ConceptItemKind } from "../../contract/concept-editing";
import { ErrorNotice } from "../components/QueryState";
import type { useConceptWrite } from "./useConceptWrite";

/** The draft item a form edits, merges or removes. */
export interface DraftItemTarget {
  versionId: string;
  kind: ConceptItemKind;
  id: string;
  title: string;
}

/** The path parameters of one item of a draft version (contract/routes/concept.ts). */
export const draftItemParams = (item: DraftItemTarget) => ({
  versionId: item.versionId,
  itemId: item.id,
});

/**
 * The frame of a form that acts on one draft item in place (edit, merge, remove): the write's
 * refusal above, the fields, then its submit button and a cancel button that closes the form.
 */
export function DraftItemForm({
  testId,
  write,
  onSubmit,
  submitLabel,
  onCancel,
  children,
}: {
  testId: string;
  write: ReturnType<typeof useConceptWrite>;
  onSubmit: (event: FormEvent) => void;
  submitLabel: string;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <form className="kurs-form kurs-draft-form" onSubmit={onSubmit} noValidate data-testid={testId}>
      {write.isError ? <ErrorNotice error={write.error} /> : null}
      {children}
      <div className="kurs-form__actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={write.isPending}>
          <span className="kern-label">{submitLabel}</span>
        </button>
        <button type="button" className="kern-btn kern-btn--secondary" onClick={onCancel}>
          <span className="kern-label">{t("concept.edit.cancel")}</span>
        </button>
      </div>
    </form>
  );
}
