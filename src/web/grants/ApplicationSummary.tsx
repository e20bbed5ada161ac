import { useTranslation } from "react-i18next";
import type { Application } from "../../contract/grants";
import { Fact, Facts } from "../components/Facts";
import { TableScroll } from "../components/TableScroll";
import { useFormat } from "../i18n/useFormat";
import { GrantSection } from "./GrantSections";

/** The application's key figures: state, programme, provider, period, money so far. */
export function ApplicationFacts({ a }: { a: Application }) {
  const { t } = useTranslation();
  const { money, date } = useFormat();
  return (
    <div className="kurs-section">
      <Facts>
        <Fact label={t("grants.fields.state")}>
          <span data-testid="grant-state">{t(`grants.state.${a.state}`)}</span>
        </Fact>
        <Fact label={t("grants.fields.programme")}>{a.programmeTitle}</Fact>
        <Fact label={t("grants.fields.organisation")}>{a.partnerName}</Fact>
        {a.proposedMeasure ? (
          <Fact label={t("grantApplication.measure.proposedFact")}>
            <span data-testid="grant-proposed-measure">{a.proposedMeasure.title}</span>
          </Fact>
        ) : null}
        <Fact label={t("grants.fields.period")}>
          {date(a.periodFrom)} – {date(a.periodTo)}
        </Fact>
        <Fact label={t("grants.fields.total")}>{money(a.totalCostCents)}</Fact>
        <Fact label={t("grants.fields.requested")}>{money(a.financing.requestedCents)}</Fact>
        {a.grantedCents !== null ? (
          <Fact label={t("grants.fields.granted")}>{money(a.grantedCents)}</Fact>
        ) : null}
        <Fact label={t("grants.fields.paid")}>{money(a.paidCents)}</Fact>
        {a.proofDueOn ? (
          <Fact label={t("grants.fields.proofDue")}>{date(a.proofDueOn)}</Fact>
        ) : null}
      </Facts>
    </div>
  );
}

/** The cost plan; after a proof of use also the actual and the eligible amount per kind. */
export function CostTable({ a }: { a: Application }) {
  const { t } = useTranslation();
  const { money } = useFormat();
  const header = (text: string) => (
    <th className="kern-table__header" scope="col">
      {text}
    </th>
  );
  return (
    <GrantSection id="grant-costs" title={t("grants.form.costLegend")}>
      <TableScroll label={t("grants.form.costLegend")}>
        <table className="kern-table kern-table--striped">
          <thead className="kern-table__head">
            <tr className="kern-table__row">
              {header(t("grants.fields.costKind"))}
              {header(t("grants.fields.planned"))}
              {a.proof ? header(t("grants.fields.actual")) : null}
              {a.proof ? header(t("grants.fields.eligible")) : null}
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {a.costPlan.map((l) => {
              const line = a.proof?.comparison.find((c) => c.costKind === l.costKind);
              return (
                <tr className="kern-table__row" key={l.costKind}>
                  <td className="kern-table__cell">{t(`grants.costKind.${l.costKind}`)}</td>
                  <td className="kern-table__cell">{money(l.amountCents)}</td>
                  {a.proof ? (
                    <>
                      <td className="kern-table__cell">{money(line?.actualCents ?? 0)}</td>
                      <td className="kern-table__cell" data-testid={`eligible-${l.costKind}`}>
                        {money(line?.eligibleCents ?? 0)}
                      </td>
                    </>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      {a.proof ? (
        <p className="kern-body kern-body--small">{t("grants.proof.eligibleHint")}</p>
      ) : null}
    </GrantSection>
  );
}

/** Every change of state, dated, with its reason. */
export function ApplicationHistory({ a }: { a: Application }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  return (
    <GrantSection id="grant-history" title={t("grants.history")}>
      <ol className="kern-list">
        {a.events.map((e) => (
          <li key={`${e.on}-${e.toState}`}>
            {date(e.on)}: {t(`grants.state.${e.toState}`)}
            {e.reason ? ` – ${e.reason}` : ""}
          </li>
        ))}
      </ol>
    </GrantSection>
  );
}
