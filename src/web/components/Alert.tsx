import type { ReactNode } from "react";

type Tone = "info" | "success" | "warning" | "danger";

/** KERN-UX alert: a titled box in one of four tones; `role` only when it must be announced. */
export function Alert({
  tone,
  title,
  children,
  role,
  headingLevel = 2,
}: {
  tone: Tone;
  title: string;
  children?: ReactNode;
  role?: "alert" | "status";
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className={`kern-alert kern-alert--${tone}`} role={role}>
      <div className="kern-alert__header">
        <span className={`kern-icon kern-icon--${tone}`} aria-hidden="true" />
        <Heading className="kern-title">{title}</Heading>
      </div>
      {children ? <div className="kern-alert__body">{children}</div> : null}
    </div>
  );
}
