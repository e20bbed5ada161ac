import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Overview } from "../../contract/overview";
import { SourceText } from "../components/SourceText";
import { useFormat } from "../i18n/useFormat";

/**
 * Proofs of use (Verwendungsnachweise) of granted applications that are overdue — the same ones
 * the office finds on Meine Aufgaben. Shown only when there are some (the public gets none).
 */
export function OverdueProofSection({ proofs }: { proofs: Overview["overdueProofsOfUse"] }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  if (!proofs.length) return null;
  return (
    <section
      className="kurs-section"
      aria-labelledby="overdue-proofs-title"
      data-testid="overdue-proofs"
    >
      <h2 id="overdue-proofs-title" className="kern-heading-large">
        {t("overview.proofs.title")}
      </h2>
      <p>{t("overview.proofs.lead", { count: proofs.length })}</p>
      <ul className="kern-list">
        {proofs.map((p) => (
          <li key={p.applicationId}>
            <Link to={`/zuwendungen/antraege/${p.applicationId}`} className="kern-link">
              <SourceText>{p.title}</SourceText>
            </Link>{" "}
            – <SourceText>{p.organisation}</SourceText>,{" "}
            {t("overview.proofs.dueOn", { date: date(p.dueOn) })}
          </li>
        ))}
      </ul>
    </section>
  );
}
