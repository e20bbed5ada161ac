import { type ChangeEvent, type ComponentProps, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { germanDate, parseCalendarDate } from "../../../domain/dates";
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

/** What text input and text area share: name, KERN classes, value and change as text. */
function textControl(
  { id, error, value, onChange }: FieldFrame & ValueProps,
  className: string | undefined,
) {
  return {
    id,
    name: id,
    className: classes(
      "kern-form-input__input",
      error && "kern-form-input__input--error",
      className,
    ),
    value,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(e.target.value),
  };
}

/**
 * What a date field sends on: the ISO date when the text is one (TT.MM.JJJJ or JJJJ-MM-TT),
 * else the text as typed, so that the server names the field (domain/dates.ts) — never "".
 */
export function dateValueOf(text: string): string {
  const parsed = parseCalendarDate(text);
  return parsed.kind === "date" ? parsed.iso : text.trim();
}

/**
 * A date typed as TT.MM.JJJJ in a text input: the browser's date input shows 31.02.2025 and
 * then silently reports "" — this one keeps what was typed and hands on `dateValueOf(text)`.
 */
function DateField(props: FieldFrame & ValueProps & Native<"input">) {
  const { t } = useTranslation();
  const { id, label, hint, error, optional, value, onChange, className, ...input } = props;
  const [text, setText] = useState(() => germanDate(value));
  // A value set from outside (a reset, a loaded record) replaces what is shown.
  const shown = dateValueOf(text) === value ? text : germanDate(value);
  return (
    <Field
      id={id}
      label={label}
      hint={hint ?? t("form.dateHint")}
      error={error}
      optional={optional}
    >
      {(wiring) => (
        <input
          type="text"
          inputMode="numeric"
          autoComplete="off"
          {...textControl(
            {
              id,
              label,
              error,
              value: shown,
              onChange: (typed) => {
                setText(typed);
                onChange(dateValueOf(typed));
              },
            },
            classes("kurs-date-input", className),
          )}
          {...wiring}
          {...input}
        />
      )}
    </Field>
  );
}

/** A labelled text input (also date, number, email, password …). */
export function TextField({
  label,
  hint,
  optional,
  className,
  type = "text",
  ...props
}: FieldFrame & ValueProps & Native<"input">) {
  if (type === "date")
    return (
      <DateField label={label} hint={hint} optional={optional} className={className} {...props} />
    );
  const { id, error, value, onChange, ...input } = props;
  return (
    <Field id={id} label={label} hint={hint} error={error} optional={optional}>
      {(wiring) => (
        <input
          type={type}
          {...textControl({ id, label, error, value, onChange }, className)}
          {...wiring}
          {...input}
        />
      )}
    </Field>
  );
}

/** A labelled multi-line text input. */
export function TextArea({
  label,
  hint,
  optional,
  className,
  rows = 4,
  ...props
}: FieldFrame & ValueProps & Native<"textarea">) {
  const { id, error, value, onChange, ...textarea } = props;
  return (
    <Field id={id} label={label} hint={hint} error={error} optional={optional}>
      {(wiring) => (
        <textarea
          rows={rows}
          {...textControl({ id, label, error, value, onChange }, className)}
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
