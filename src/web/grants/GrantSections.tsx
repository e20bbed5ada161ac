import type { FormEvent, ReactNode } from "react";
import { useGrantStep } from "../api/grants";
import { ErrorNotice } from "../components/QueryState";

/** A part of the application page: a region named by its heading. */
export function GrantSection({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section className="kurs-section" aria-labelledby={id}>
      <h2 id={id} className="kern-heading-medium">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The state of the write behind a form: its refusal and whether it is under way. */
interface Pending {
  error: unknown;
  isError: boolean;
  isPending: boolean;
}

/**
 * A form of the application page: heading, the refusal's summary, the fields, one submit button
 * (disabled while the write is under way: no double submit).
 */
export function GrantForm({
  id,
  title,
  write,
  onSubmit,
  submitLabel,
  submitTestId,
  primary = true,
  children,
}: {
  id: string;
  title: string;
  write: Pending;
  onSubmit: () => void;
  submitLabel: string;
  submitTestId?: string;
  primary?: boolean;
  children: ReactNode;
}) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!write.isPending) onSubmit();
  };
  return (
    <form className="kurs-section" onSubmit={submit} noValidate aria-labelledby={id}>
      <h2 id={id} className="kern-heading-medium">
        {title}
      </h2>
      {write.isError ? <ErrorNotice error={write.error} /> : null}
      {children}
      <div className="kurs-actions">
        <button
          type="submit"
          className={primary ? "kern-btn kern-btn--primary" : "kern-btn kern-btn--secondary"}
          disabled={write.isPending}
          data-testid={submitTestId}
        >
          <span className="kern-label">{submitLabel}</span>
        </button>
      </div>
    </form>
  );
}

/**
 * One step without fields (submit, review, approve a payment request, confirm a proof) on the
 * application or payment request `id`: a button and its refusal.
 */
export function StepButton({
  label,
  step: name,
  id,
  testId,
}: {
  label: string;
  step: "submit" | "review" | "approvePayment" | "confirmProof";
  id: string;
  testId?: string;
}) {
  const step = useGrantStep();
  return (
    <>
      {step.isError ? <ErrorNotice error={step.error} /> : null}
      <button
        type="button"
        className="kern-btn kern-btn--secondary"
        disabled={step.isPending}
        data-testid={testId}
        onClick={() => step.mutate({ step: name, params: { id }, body: {} })}
      >
        <span className="kern-label">{label}</span>
      </button>
    </>
  );
}
