import type { ReactNode } from "react";

/** KERN-UX description list: label/value pairs such as "Beschlossen am: 15.03.2023". */
export function Facts({ children }: { children: ReactNode }) {
  return <dl className="kern-description-list">{children}</dl>;
}

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="kern-description-list-item">
      <dt className="kern-description-list-item__key">{label}</dt>
      <dd className="kern-description-list-item__value">{children}</dd>
    </div>
  );
}
