import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** What every labelled control has: id, label, optional hint and error, an "optional" marker. */
export interface FieldFrame {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  optional?: boolean;
}

/** The control's wiring to its frame: ids of hint and error, and whether it is invalid. */
export interface FieldWiring {
  "aria-describedby": string | undefined;
  "aria-invalid": true | undefined;
}

export function wiringOf({ id, hint, error }: FieldFrame): FieldWiring {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return {
    "aria-describedby": ids.length ? ids.join(" ") : undefined,
    "aria-invalid": error ? true : undefined,
  };
}

/** A KERN-UX error message; `id` lets the control point at it. */
export function FieldError({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p className="kern-error" id={id}>
      <span className="kern-icon kern-icon--danger kern-icon--default" aria-hidden="true" />
      <span className="kern-body">{children}</span>
    </p>
  );
}

/**
 * KERN-UX form field frame: label, hint, the control, and its error below. The control gets
 * `aria-describedby` (hint and error) and `aria-invalid` from the wiring passed to `children`.
 */
export function Field({
  children,
  ...frame
}: FieldFrame & { children: (wiring: FieldWiring) => ReactNode }) {
  const { t } = useTranslation();
  const { id, label, hint, error, optional } = frame;
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
      {children(wiringOf(frame))}
      {error ? <FieldError id={`${id}-error`}>{error}</FieldError> : null}
    </div>
  );
}

/** Class names, leaving out empty ones. */
export function classes(...names: (string | false | undefined)[]): string {
  return names.filter(Boolean).join(" ");
}
