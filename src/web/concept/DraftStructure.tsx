import { useQuery } from "@tanstack/react-query";
import { type FormEvent, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ConceptItemKind, ItemReferences } from "../../contract/concept-editing";
import { conceptAddRoutes, conceptItemRoutes } from "../../contract/routes/concept";
import { callRoute } from "../api/call";
import { useLanguage } from "../auth/session";
import { Alert } from "../components/Alert";
import { fieldErrors, SelectField, TextArea, TextField } from "../components/form";
import { ErrorNotice, Loading } from "../components/QueryState";
import { DraftItemForm, type DraftItemTarget, draftItemParams } from "./DraftItemForm";
import { useConceptWrite } from "./useConceptWrite";

function useReferences(item: DraftItemTarget) {
  const language = useLanguage();
  return useQuery({
    queryKey: ["concept-references", item.id, language],
    queryFn: () =>
      callRoute(
        conceptItemRoutes[item.kind].references,
        { params: draftItemParams(item) },
        language,
      ),
  });
}

/** What points at a draft item, and where it may go instead, once loaded. */
function ReferencesOf({
  item,
  children,
}: {
  item: DraftItemTarget;
  children: (refs: ItemReferences) => ReactNode;
}) {
  const refs = useReferences(item);
  if (refs.isPending) return <Loading />;
  if (refs.isError) return <ErrorNotice error={refs.error} />;
  return <>{children(refs.data)}</>;
}

/**
 * Taking an item out of a draft: if measures, funds or indicators point at it (or below it), the
 * editor chooses where they go; otherwise a confirmation. Never leaves anything orphaned.
 */
export function RemovePanel({ item, onDone }: { item: DraftItemTarget; onDone: () => void }) {
  const { t } = useTranslation();
  const write = useConceptWrite();
  const [relinkTo, setRelinkTo] = useState("");
  const errors = fieldErrors(write.error);
  return (
    <ReferencesOf item={item}>
      {({ count, candidates }) => (
        <DraftItemForm
          testId="remove-panel"
          write={write}
          onSubmit={(event) => {
            event.preventDefault();
            const query = count > 0 ? { relinkTo } : {};
            write.mutate(
              (language) =>
                callRoute(
                  conceptItemRoutes[item.kind].remove,
                  { params: draftItemParams(item), query },
                  language,
                ),
              { onSuccess: onDone },
            );
          }}
          submitLabel={
            count > 0 ? t("concept.structure.relinkAndRemove") : t("concept.structure.remove")
          }
          onCancel={onDone}
        >
          <Alert
            tone="warning"
            title={t("concept.structure.removeTitle", { title: item.title })}
            headingLevel={3}
          >
            <p className="kern-body">
              {count > 0
                ? t("concept.structure.referenced", { count })
                : t("concept.structure.removeConfirm")}
            </p>
          </Alert>
          {count > 0 ? (
            <SelectField
              id={`relink-${item.id}`}
              label={t("concept.structure.relinkTo")}
              value={relinkTo}
              onChange={setRelinkTo}
              error={errors.relinkTo}
              emptyLabel={t("concept.structure.choose")}
              options={candidates.map((c) => ({ value: c.id, label: c.title }))}
            />
          ) : null}
        </DraftItemForm>
      )}
    </ReferencesOf>
  );
}

/** Merging an item into another of the same kind: its children and references move along. */
export function MergePanel({ item, onDone }: { item: DraftItemTarget; onDone: () => void }) {
  const { t } = useTranslation();
  const write = useConceptWrite();
  const [intoId, setIntoId] = useState("");
  const errors = fieldErrors(write.error);
  return (
    <ReferencesOf item={item}>
      {({ candidates }) => (
        <DraftItemForm
          testId="merge-panel"
          write={write}
          onSubmit={(event) => {
            event.preventDefault();
            write.mutate(
              (language) =>
                callRoute(
                  conceptItemRoutes[item.kind].merge,
                  { params: draftItemParams(item), body: { intoId } },
                  language,
                ),
              { onSuccess: onDone },
            );
          }}
          submitLabel={t("concept.structure.merge")}
          onCancel={onDone}
        >
          <p className="kern-body">{t("concept.structure.mergeIntro", { title: item.title })}</p>
          <SelectField
            id={`merge-${item.id}`}
            label={t("concept.structure.mergeInto")}
            value={intoId}
            onChange={setIntoId}
            error={errors.intoId}
            emptyLabel={t("concept.structure.choose")}
            options={candidates.map((c) => ({ value: c.id, label: c.title }))}
          />
        </DraftItemForm>
      )}
    </ReferencesOf>
  );
}

const parentKey = { actionField: null, goal: "actionFieldId", recommendation: "goalId" } as const;

/** A new field (at the end of the draft), goal (under a field) or recommendation (under a goal). */
export function AddItemForm({
  versionId,
  kind,
  parentId,
}: {
  versionId: string;
  kind: ConceptItemKind;
  parentId?: string;
}) {
  const { t } = useTranslation();
  const write = useConceptWrite();
  const [title, setTitle] = useState("");
  const [text, setText] = useState("");
  const errors = fieldErrors(write.error);
  const textKey = kind === "actionField" ? "guidingGoal" : "description";
  const key = parentKey[kind];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = {
      ...(key && parentId ? { [key]: parentId } : {}),
      title,
      ...(text.trim() ? { [textKey]: text } : {}),
    };
    write.mutate(
      (language) => callRoute(conceptAddRoutes[kind], { params: { versionId }, body }, language),
      {
        onSuccess: () => {
          setTitle("");
          setText("");
        },
      },
    );
  };
  const id = `${kind}-${parentId ?? versionId}`;
  return (
    <details className="kurs-draft-add">
      <summary className="kern-body">{t(`concept.structure.add.${kind}`)}</summary>
      <form className="kurs-form" onSubmit={submit} noValidate data-testid={`add-${kind}`}>
        {write.isError ? <ErrorNotice error={write.error} /> : null}
        <TextField
          id={`new-title-${id}`}
          label={t("concept.edit.titleLabel")}
          value={title}
          onChange={setTitle}
          error={errors.title}
          required
        />
        <TextArea
          id={`new-text-${id}`}
          label={t(kind === "actionField" ? "concept.guidingGoal" : "concept.edit.description")}
          value={text}
          onChange={setText}
          error={errors[textKey]}
        />
        <div className="kurs-form__actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={write.isPending}>
            <span className="kern-label">{t("concept.edit.add")}</span>
          </button>
        </div>
      </form>
    </details>
  );
}
