import type { ReactNode, Ref } from "react";

type Tone = "info" | "success" | "warning" | "danger";

/** KERN-UX alert: a titled box in one of four tones; `role` only when it must be announced. */
export function Alert({
  tone,
  title,
  children,
  role,
  headingLevel = 2,
  focusRef,
}: {
  tone: Tone;
  title: string;
  children?: ReactNode;
  role?: "alert" | "status";
  headingLevel?: 2 | 3;
  /** Makes the alert focusable (tabindex -1) for a caller that moves focus to it. */
  focusRef?: Ref<HTMLDivElement>;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div
      className={`kern-alert kern-alert--${tone}`}
      role={role}
      ref={focusRef}
      tabIndex={focusRef ? -1 : undefined}
    >
      <div className="kern-alert__header">
        <span className={`kern-icon kern-icon--${tone}`} aria-hidden="true" />
        <Heading className="kern-title">{title}</Heading>
      </div>
      {children ? <div className="kern-alert__body">{children}</div> : null}
    </div>
  );
}
