import { useTranslation } from "react-i18next";
import type { Overview } from "../../contract/overview";
import { Fact, Facts } from "../components/Facts";
import { Empty } from "../components/QueryState";
import { SourceText } from "../components/SourceText";
import { useFormat } from "../i18n/useFormat";

type Focus = NonNullable<Overview["focus"]>;

function usePeriod(focus: Focus): string {
  const { t } = useTranslation();
  const { date } = useFormat();
  const { validFrom, validTo } = focus;
  if (validFrom && validTo) {
    return t("overview.focus.fromTo", { from: date(validFrom), to: date(validTo) });
  }
  if (validFrom) return t("overview.focus.since", { date: date(validFrom) });
  if (validTo) return t("overview.focus.until", { date: date(validTo) });
  return t("overview.focus.open");
}

function FocusFacts({ focus }: { focus: Focus }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const period = usePeriod(focus);
  return (
    <>
      <p className="kern-body kern-body--large kurs-focus-field">
        {t("overview.focus.field", {
          position: focus.actionFieldPosition,
          title: focus.actionFieldTitle,
        })}
      </p>
      <Facts>
        <Fact label={t("overview.focus.period")}>{period}</Fact>
        <Fact label={t("overview.focus.basis")}>
          <SourceText>{focus.basis}</SourceText>
        </Fact>
        <Fact label={t("overview.focus.decision")}>
          {focus.resolution
            ? t("overview.focus.decisionText", {
                committee: focus.resolution.committee,
                date: date(focus.resolution.decidedOn),
              })
            : t("overview.focus.noDecision")}
        </Fact>
      </Facts>
    </>
  );
}

/** The strategic focus in force and what it rests on. */
export function FocusSection({ focus }: { focus: Overview["focus"] }) {
  const { t } = useTranslation();
  return (
    <section className="kurs-section" aria-labelledby="focus-title" data-testid="focus">
      <h2 id="focus-title" className="kern-heading-large">
        {t("overview.focus.title")}
      </h2>
      {focus ? <FocusFacts focus={focus} /> : <Empty>{t("overview.focus.empty")}</Empty>}
    </section>
  );
}
