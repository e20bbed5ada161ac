import type { ReactNode } from "react";

/** A page section named by its own heading (h2): the heading's id labels the section. */
export function TitledSection({
  id,
  title,
  className,
  headingClassName = "kern-heading-medium",
  children,
}: {
  id: string;
  title: ReactNode;
  className?: string;
  headingClassName?: string;
  children: ReactNode;
}) {
  return (
    <section className={className} aria-labelledby={id}>
      <h2 id={id} className={headingClassName}>
        {title}
      </h2>
      {children}
    </section>
  );
}
