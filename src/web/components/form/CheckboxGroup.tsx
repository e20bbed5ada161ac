import { FieldError } from "./Field";

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
      {error ? <FieldError id={`${id}-error`}>{error}</FieldError> : null}
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
