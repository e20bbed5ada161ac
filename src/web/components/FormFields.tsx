import type { ReactNode } from "react";
import { ApiError } from "../api/client";

/** Field errors of a refused request, by path ("effects.1.cadence" → message). */
export function fieldErrors(error: unknown): Record<string, string> {
  const problem = error instanceof ApiError ? error.problem : null;
  const errors: Record<string, string> = {};
  for (const issue of problem?.errors ?? []) errors[issue.path] ??= issue.message;
  return errors;
}

interface FieldProps {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}

/** A KERN-UX form field: label, optional hint, the control, and its error below. */
function Field({ id, label, error, hint, children }: FieldProps) {
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") ||
    undefined;
  return (
    <div className={error ? "kern-form-input kern-form-input--error" : "kern-form-input"}>
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="kern-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {children(describedBy, Boolean(error))}
      {error ? (
        <p className="kern-error" id={`${id}-error`}>
          <span className="kern-icon kern-icon--danger kern-icon--md" aria-hidden="true" />
          <span className="kern-body">{error}</span>
        </p>
      ) : null}
    </div>
  );
}

interface InputProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  type?: "text" | "date";
  required?: boolean;
}

export function TextField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  type = "text",
  required,
}: InputProps) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      {(describedBy, invalid) => (
        <input
          id={id}
          type={type}
          className={
            invalid
              ? "kern-form-input__input kern-form-input__input--error"
              : "kern-form-input__input"
          }
          value={value}
          required={required}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

export function TextArea({ id, label, value, onChange, error, hint, required }: InputProps) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      {(describedBy, invalid) => (
        <textarea
          id={id}
          rows={5}
          className={
            invalid
              ? "kern-form-input__input kern-form-input__input--error"
              : "kern-form-input__input"
          }
          value={value}
          required={required}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

export function SelectField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  options,
}: Omit<InputProps, "type"> & { options: { value: string; label: string }[] }) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      {(describedBy, invalid) => (
        <div className="kern-form-input__select-wrapper">
          <select
            id={id}
            className={
              invalid
                ? "kern-form-input__select kern-form-input__select--error"
                : "kern-form-input__select"
            }
            value={value}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
            onChange={(e) => onChange(e.target.value)}
          >
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

export function Checkbox({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className="kern-form-check">
      <input
        id={id}
        type="checkbox"
        className="kern-form-check__checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
    </div>
  );
}
