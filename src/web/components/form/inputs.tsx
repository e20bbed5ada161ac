import type { ComponentProps, ReactNode } from "react";
import { classes, Field, type FieldFrame } from "./Field";

/** Native attributes a control may take besides those the kit sets itself. */
type Native<T extends "input" | "textarea" | "select"> = Omit<
  ComponentProps<T>,
  "id" | "value" | "onChange" | "children"
>;

interface ValueProps {
  value: string;
  onChange: (value: string) => void;
}

/** A labelled text input (also date, number, email, password …). */
export function TextField({
  id,
  label,
  hint,
  error,
  optional,
  value,
  onChange,
  className,
  type = "text",
  ...input
}: FieldFrame & ValueProps & Native<"input">) {
  return (
    <Field id={id} label={label} hint={hint} error={error} optional={optional}>
      {(wiring) => (
        <input
          id={id}
          name={id}
          type={type}
          className={classes(
            "kern-form-input__input",
            error && "kern-form-input__input--error",
            className,
          )}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          {...wiring}
          {...input}
        />
      )}
    </Field>
  );
}

/** A labelled multi-line text input. */
export function TextArea({
  id,
  label,
  hint,
  error,
  optional,
  value,
  onChange,
  className,
  rows = 4,
  ...textarea
}: FieldFrame & ValueProps & Native<"textarea">) {
  return (
    <Field id={id} label={label} hint={hint} error={error} optional={optional}>
      {(wiring) => (
        <textarea
          id={id}
          name={id}
          rows={rows}
          className={classes(
            "kern-form-input__input",
            error && "kern-form-input__input--error",
            className,
          )}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          {...wiring}
          {...textarea}
        />
      )}
    </Field>
  );
}

/**
 * A labelled select in KERN's select wrapper. Choices come as `options` (with an optional empty
 * first choice `emptyLabel`) or as `<option>` children.
 */
export function SelectField({
  id,
  label,
  hint,
  error,
  optional,
  value,
  onChange,
  options,
  emptyLabel,
  children,
  ...select
}: FieldFrame &
  ValueProps &
  Native<"select"> & {
    options?: { value: string; label: string }[];
    emptyLabel?: string;
    children?: ReactNode;
  }) {
  return (
    <Field id={id} label={label} hint={hint} error={error} optional={optional}>
      {(wiring) => (
        <div className="kern-form-input__select-wrapper">
          <select
            id={id}
            name={id}
            className={classes(
              "kern-form-input__select",
              error && "kern-form-input__select--error",
            )}
            value={value}
            onChange={(e) => onChange(e.target.value)}
            {...wiring}
            {...select}
          >
            {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
            {options?.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
            {children}
          </select>
        </div>
      )}
    </Field>
  );
}

/** One labelled checkbox. */
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
