import type { ComponentProps, ReactNode } from "react";
import { useTranslation } from "react-i18next";

interface FieldFrame {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  optional?: boolean;
}

function describedBy({ id, hint, error }: FieldFrame): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

/** Label, hint and error around one control, in KERN's form-input markup. */
function Frame({ frame, children }: { frame: FieldFrame; children: ReactNode }) {
  const { t } = useTranslation();
  const { id, label, hint, error, optional } = frame;
  return (
    <div className={`kern-form-input${error ? " kern-form-input--error" : ""}`}>
      <label className="kern-label" htmlFor={id}>
        {label}
        {optional ? <span className="kern-label__optional"> – {t("form.optional")}</span> : null}
      </label>
      {hint ? (
        <div className="kern-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {children}
      {error ? (
        <p className="kern-error" id={`${id}-error`}>
          <span className="kern-icon kern-icon--danger" aria-hidden="true" />
          <span className="kern-body">{error}</span>
        </p>
      ) : null}
    </div>
  );
}

/** A labelled text input; `aria-invalid` and `aria-describedby` follow hint and error. */
export function TextField({
  id,
  label,
  hint,
  error,
  optional,
  className,
  ...input
}: FieldFrame & Omit<ComponentProps<"input">, "id">) {
  const frame = { id, label, hint, error, optional };
  const classes = [
    "kern-form-input__input",
    error ? "kern-form-input__input--error" : "",
    className,
  ];
  return (
    <Frame frame={frame}>
      <input
        id={id}
        className={classes.filter(Boolean).join(" ")}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(frame)}
        required={!optional}
        {...input}
      />
    </Frame>
  );
}

/** A labelled select in KERN's select wrapper. */
export function SelectField({
  id,
  label,
  hint,
  error,
  optional,
  children,
  ...select
}: FieldFrame & Omit<ComponentProps<"select">, "id">) {
  const frame = { id, label, hint, error, optional };
  return (
    <Frame frame={frame}>
      <div className="kern-form-input__select-wrapper">
        <select
          id={id}
          className={`kern-form-input__select${error ? " kern-form-input__select--error" : ""}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(frame)}
          {...select}
        >
          {children}
        </select>
      </div>
    </Frame>
  );
}
