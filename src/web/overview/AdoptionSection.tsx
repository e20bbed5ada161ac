import { useTranslation } from "react-i18next";
import type { Overview } from "../../contract/overview";
import { Fact, Facts } from "../components/Facts";
import { Empty } from "../components/QueryState";
import { SourceText } from "../components/SourceText";
import { useFormat } from "../i18n/useFormat";

/** Which committee adopted the concept, and when. */
export function AdoptionSection({ concept }: { concept: Overview["concept"] }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  return (
    <section className="kurs-section" aria-labelledby="adoption-title">
      <h2 id="adoption-title" className="kern-heading-large">
        {t("overview.adoption.title")}
      </h2>
      {concept ? (
        <Facts>
          <Fact label={t("overview.adoption.concept")}>
            <SourceText>{concept.title}</SourceText>
          </Fact>
          <Fact label={t("overview.adoption.adoptedBy")}>
            {concept.adoptedBy ? (
              <SourceText>{concept.adoptedBy}</SourceText>
            ) : (
              t("overview.adoption.unknown")
            )}
          </Fact>
          <Fact label={t("overview.adoption.adoptedOn")}>
            {concept.adoptedOn ? date(concept.adoptedOn) : t("overview.adoption.unknown")}
          </Fact>
        </Facts>
      ) : (
        <Empty>{t("overview.adoption.empty")}</Empty>
      )}
    </section>
  );
}
