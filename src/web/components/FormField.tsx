import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client";

/** Field problems of a refused write, by path ("title", "recommendationIds.0" → "recommendationIds"). */
export function fieldErrors(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(error instanceof ApiError)) return out;
  for (const issue of error.problem?.errors ?? []) {
    const key = issue.path.split(".")[0] ?? "";
    out[key] = out[key] ? `${out[key]} ${issue.message}` : issue.message;
  }
  return out;
}

interface FieldProps {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  optional?: boolean;
}

/** KERN-UX form field frame: label, hint, error (linked by aria-describedby) and the control. */
export function Field({
  id,
  label,
  error,
  hint,
  optional,
  children,
}: FieldProps & { children: (describedBy: string | undefined) => ReactNode }) {
  const { t } = useTranslation();
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") ||
    undefined;
  return (
    <div className={error ? "kern-form-input kern-form-input--error" : "kern-form-input"}>
      <label className="kern-label" htmlFor={id}>
        {label}
        {optional ? <span className="kern-label__optional"> – {t("form.optional")}</span> : null}
      </label>
      {hint ? (
        <div className="kern-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p className="kern-error" id={`${id}-error`}>
          <span className="kern-icon kern-icon--danger kern-icon--default" aria-hidden="true" />
          <span className="kern-body">{error}</span>
        </p>
      ) : null}
      {children(describedBy)}
    </div>
  );
}

export function TextInput({
  value,
  onChange,
  type = "text",
  ...field
}: FieldProps & { value: string; onChange: (v: string) => void; type?: string }) {
  return (
    <Field {...field}>
      {(describedBy) => (
        <input
          id={field.id}
          name={field.id}
          type={type}
          className={
            field.error
              ? "kern-form-input__input kern-form-input__input--error"
              : "kern-form-input__input"
          }
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-describedby={describedBy}
          aria-invalid={field.error ? true : undefined}
        />
      )}
    </Field>
  );
}

export function TextArea({
  value,
  onChange,
  ...field
}: FieldProps & { value: string; onChange: (v: string) => void }) {
  return (
    <Field {...field}>
      {(describedBy) => (
        <textarea
          id={field.id}
          name={field.id}
          rows={4}
          className={
            field.error
              ? "kern-form-input__input kern-form-input__input--error"
              : "kern-form-input__input"
          }
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-describedby={describedBy}
          aria-invalid={field.error ? true : undefined}
        />
      )}
    </Field>
  );
}

export function Select({
  value,
  onChange,
  options,
  emptyLabel,
  ...field
}: FieldProps & {
  value: string;
  onChange: (v: string) => void;
  options: { value: string; label: string }[];
  emptyLabel?: string;
}) {
  return (
    <Field {...field}>
      {(describedBy) => (
        <div className="kern-form-input__select-wrapper">
          <select
            id={field.id}
            name={field.id}
            className={
              field.error
                ? "kern-form-input__select kern-form-input__select--error"
                : "kern-form-input__select"
            }
            value={value}
            onChange={(e) => onChange(e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={field.error ? true : undefined}
          >
            {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
      )}
    </Field>
  );
}

/** A group of checkboxes (fieldset with legend), e.g. partners or municipalities. */
export function CheckboxGroup({
  id,
  legend,
  options,
  selected,
  onChange,
  error,
}: {
  id: string;
  legend: string;
  options: { value: string; label: string }[];
  selected: string[];
  onChange: (values: string[]) => void;
  error?: string;
}) {
  return (
    <fieldset
      className={error ? "kern-fieldset kern-fieldset--error" : "kern-fieldset"}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend className="kern-label">{legend}</legend>
      {error ? (
        <p className="kern-error" id={`${id}-error`}>
          <span className="kern-icon kern-icon--danger kern-icon--default" aria-hidden="true" />
          <span className="kern-body">{error}</span>
        </p>
      ) : null}
      <div className="kern-fieldset__body kurs-check-grid">
        {options.map((o) => {
          const boxId = `${id}-${o.value}`;
          return (
            <div className="kern-form-check" key={o.value}>
              <input
                className="kern-form-check__checkbox"
                type="checkbox"
                id={boxId}
                checked={selected.includes(o.value)}
                onChange={(e) =>
                  onChange(
                    e.target.checked
                      ? [...selected, o.value]
                      : selected.filter((v) => v !== o.value),
                  )
                }
              />
              <label className="kern-label" htmlFor={boxId}>
                {o.label}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
