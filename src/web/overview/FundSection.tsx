import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Overview } from "../../contract/overview";
import { Alert } from "../components/Alert";
import { Fact, Facts } from "../components/Facts";
import { Empty } from "../components/QueryState";
import { SourceText } from "../components/SourceText";
import { useFormat } from "../i18n/useFormat";
import { LapseDecision } from "../ledger/LapseDecision";

type Fund = Overview["funds"][number];
type Purpose = Fund["purpose"][number];

/** One earmark in words: "Maßnahmenart Sprachkurs im Handlungsfeld …, gültig ab 01.01.2024". */
function usePurposeText(): (purpose: Purpose) => string {
  const { t } = useTranslation();
  const { date } = useFormat();
  return (p) => {
    const values = {
      measureType: p.measureType ?? "",
      field: p.actionField ?? "",
      date: date(p.validFrom),
    };
    switch (p.kind) {
      case "measureType":
        return p.actionField
          ? t("overview.funds.purposeMeasureType", values)
          : t("overview.funds.purposeMeasureTypeOnly", values);
      case "actionField":
        return t("overview.funds.purposeActionField", values);
      case "goal":
        return t("overview.funds.purposeGoal", values);
      case "recommendation":
        return t("overview.funds.purposeRecommendation", values);
      case "measure":
        return t("overview.funds.purposeMeasure", values);
    }
  };
}

function FundCard({ fund }: { fund: Fund }) {
  const { t } = useTranslation();
  const { money } = useFormat();
  const purposeText = usePurposeText();
  return (
    <article className="kern-card kern-card--hug" data-testid="fund">
      <div className="kern-card__container">
        <header className="kern-card__header">
          <h3 className="kern-heading-small">
            <SourceText>{fund.name}</SourceText>
          </h3>
        </header>
        <div className="kern-card__body">
          <p className="kurs-amount">
            <span className="kern-body kern-body--small">{t("overview.funds.estimate")}</span>
            <span className="kurs-amount__value">{money(fund.estimateCents)}</span>
          </p>
          <Facts>
            <Fact label={t("overview.funds.fiscalYear")}>{fund.fiscalYear}</Fact>
            <Fact label={t("fundFigures.granted_col")}>{money(fund.grantedCents)}</Fact>
            {fund.yearClosed ? (
              <Fact label={t("fundFigures.lapsed_col")}>{money(fund.lapsedCents)}</Fact>
            ) : null}
            <Fact label={t("ledger.available")}>{money(fund.availableCents)}</Fact>
            <Fact label={t("overview.funds.grantedBy")}>
              {fund.grantedBy ? (
                <SourceText>{fund.grantedBy}</SourceText>
              ) : (
                t("overview.funds.unknown")
              )}
            </Fact>
            {fund.grantingReference ? (
              <Fact label={t("overview.funds.grantingReference")}>
                <SourceText>{fund.grantingReference}</SourceText>
              </Fact>
            ) : null}
            <Fact label={t("overview.funds.purpose")}>
              {fund.purpose.length === 0 ? (
                t("overview.funds.noPurpose")
              ) : (
                <ul className="kern-list kurs-plain-list">
                  {fund.purpose.map((p) => (
                    <li key={`${p.kind}:${p.validFrom}:${p.measureType}:${p.actionField}`}>
                      {purposeText(p)}
                      {p.note ? (
                        <>
                          {" – "}
                          <SourceText>{p.note}</SourceText>
                        </>
                      ) : null}
                    </li>
                  ))}
                </ul>
              )}
            </Fact>
          </Facts>
        </div>
      </div>
    </article>
  );
}

/** Funds whose money will lapse at year end at the pace so far (src/domain/budget-forecast). */
function LapseWarnings({ funds }: { funds: Fund[] }) {
  const { t } = useTranslation();
  const { money } = useFormat();
  const lapsing = funds.filter((f) => f.lapseForecastCents !== null);
  if (!lapsing.length) return null;
  return (
    <Alert tone="warning" title={t("fundFigures.lapseWarningTitle")} headingLevel={3}>
      <ul className="kern-list" data-testid="lapse-warnings">
        {lapsing.map((f) => (
          <li key={f.id}>
            <Link className="kern-link" to={`/haushalt/${f.id}`}>
              {t("fundFigures.lapseWarning", {
                fund: f.name,
                year: f.fiscalYear,
                amount: money(f.lapseForecastCents ?? 0),
              })}
            </Link>{" "}
            <LapseDecision decision={f.lapseDecision} amountCents={f.lapseForecastCents ?? 0} />
          </li>
        ))}
      </ul>
    </Alert>
  );
}

/** The earmarked funds (the 2024 million for language courses). */
export function FundSection({ funds }: { funds: Fund[] }) {
  const { t } = useTranslation();
  return (
    <section className="kurs-section" aria-labelledby="funds-title">
      <h2 id="funds-title" className="kern-heading-large">
        {t("overview.funds.title")}
      </h2>
      <LapseWarnings funds={funds} />
      {funds.length === 0 ? (
        <Empty>{t("overview.funds.empty")}</Empty>
      ) : (
        <div className="kurs-stack">
          {funds.map((fund) => (
            <FundCard key={fund.id} fund={fund} />
          ))}
        </div>
      )}
    </section>
  );
}
