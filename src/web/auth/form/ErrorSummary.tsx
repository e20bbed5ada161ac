import { type MouseEvent, useEffect, useId, useRef } from "react";
import type { FormErrors } from "./formErrors";

/**
 * KERN danger alert above a form listing every problem; takes focus when it appears, and each
 * field message links to its field. `fieldIds` maps field names to input ids, in form order.
 */
export function ErrorSummary({
  errors,
  fieldIds,
}: {
  errors: FormErrors;
  fieldIds: Record<string, string>;
}) {
  const ref = useRef<HTMLElement>(null);
  const titleId = useId();
  useEffect(() => {
    ref.current?.focus();
  }, []);
  // A plain #id link would replace the URL fragment (the reset token lives there).
  const focusField = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    event.preventDefault();
    document.getElementById(id)?.focus();
  };
  const fieldMessages = Object.entries(fieldIds).flatMap(([name, id]) => {
    const text = errors.fields[name];
    return text ? [{ id, text }] : [];
  });
  return (
    <section
      ref={ref}
      tabIndex={-1}
      className="kern-alert kern-alert--danger kurs-error-summary"
      aria-labelledby={titleId}
    >
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <h2 className="kern-title" id={titleId}>
          {errors.title}
        </h2>
      </div>
      <div className="kern-alert__body">
        <ul className="kern-list">
          {fieldMessages.map(({ id, text }) => (
            <li key={id}>
              <a className="kern-link" href={`#${id}`} onClick={(e) => focusField(e, id)}>
                {text}
              </a>
            </li>
          ))}
          {errors.general.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      </div>
    </section>
  );
}
