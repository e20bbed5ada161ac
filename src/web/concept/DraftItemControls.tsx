import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ConceptItemKind } from "../../contract/concept-editing";
import { conceptItemRoutes } from "../../contract/routes/concept";
import { callRoute } from "../api/call";
import { fieldErrors, TextArea, TextField } from "../components/form";
import { ErrorNotice } from "../components/QueryState";
import { DraftItemForm, draftItemParams } from "./DraftItemForm";
import { MergePanel, RemovePanel } from "./DraftStructure";
import { useConceptWrite } from "./useConceptWrite";

export interface DraftItem {
  versionId: string;
  kind: ConceptItemKind;
  id: string;
  title: string;
  /** Leitziel of a field, description of a goal or recommendation. */
  text: string | null;
  isFirst: boolean;
  isLast: boolean;
}

function Button({
  label,
  context,
  onClick,
  disabled,
}: {
  label: string;
  context: string;
  onClick: () => void;
  disabled?: boolean;
}) {
  return (
    // The name starts with the visible label (WCAG 2.5.3) and names the item it acts on.
    <button
      type="button"
      className="kern-btn kern-btn--tertiary"
      onClick={onClick}
      disabled={disabled}
      aria-label={`${label} „${context}“`}
    >
      <span className="kern-label">{label}</span>
    </button>
  );
}

function EditForm({ item, onDone }: { item: DraftItem; onDone: () => void }) {
  const { t } = useTranslation();
  const write = useConceptWrite();
  const [title, setTitle] = useState(item.title);
  const [text, setText] = useState(item.text ?? "");
  const errors = fieldErrors(write.error);
  const textKey = item.kind === "actionField" ? "guidingGoal" : "description";
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = { title, [textKey]: text.trim() ? text : null };
    write.mutate(
      (language) =>
        callRoute(
          conceptItemRoutes[item.kind].update,
          { params: draftItemParams(item), body },
          language,
        ),
      { onSuccess: onDone },
    );
  };
  return (
    <DraftItemForm
      testId="draft-edit-form"
      write={write}
      onSubmit={submit}
      submitLabel={t("concept.edit.save")}
      onCancel={onDone}
    >
      <TextField
        id={`title-${item.id}`}
        label={t("concept.edit.titleLabel")}
        value={title}
        onChange={setTitle}
        error={errors.title}
        required
      />
      <TextArea
        id={`text-${item.id}`}
        label={t(item.kind === "actionField" ? "concept.guidingGoal" : "concept.edit.description")}
        value={text}
        onChange={setText}
        error={errors[textKey]}
      />
    </DraftItemForm>
  );
}

/** Edit, move up/down, merge and remove (asking where references go) one item of a draft. */
export function DraftItemControls({ item }: { item: DraftItem }) {
  const { t } = useTranslation();
  const write = useConceptWrite();
  const [mode, setMode] = useState<"view" | "edit" | "remove" | "merge">("view");
  const move = (direction: "up" | "down") =>
    write.mutate((language) =>
      callRoute(
        conceptItemRoutes[item.kind].move,
        { params: draftItemParams(item), body: { direction } },
        language,
      ),
    );
  const done = () => setMode("view");
  if (mode === "edit") return <EditForm item={item} onDone={done} />;
  if (mode === "remove") return <RemovePanel item={item} onDone={done} />;
  if (mode === "merge") return <MergePanel item={item} onDone={done} />;
  return (
    <div className="kurs-draft-controls" data-testid="draft-controls">
      {write.isError ? <ErrorNotice error={write.error} /> : null}
      <div className="kurs-form__actions">
        <Button
          label={t("concept.edit.edit")}
          context={item.title}
          onClick={() => setMode("edit")}
        />
        <Button
          label={t("concept.edit.up")}
          context={item.title}
          onClick={() => move("up")}
          disabled={item.isFirst || write.isPending}
        />
        <Button
          label={t("concept.edit.down")}
          context={item.title}
          onClick={() => move("down")}
          disabled={item.isLast || write.isPending}
        />
        <Button
          label={t("concept.structure.merge")}
          context={item.title}
          onClick={() => setMode("merge")}
          disabled={write.isPending}
        />
        <Button
          label={t("concept.edit.retire")}
          context={item.title}
          onClick={() => setMode("remove")}
          disabled={write.isPending}
        />
      </div>
    </div>
  );
}
