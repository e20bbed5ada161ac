import "../measures/measures.css";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { may } from "../../contract/permissions";
import { useGrantApplications, useGrantPipeline } from "../api/grants";
import { useMe } from "../auth/session";
import { Page } from "../components/Page";
import { Empty, ListState, QueryState } from "../components/QueryState";
import { TableScroll } from "../components/TableScroll";
import { TitledSection } from "../components/TitledSection";
import { useFormat } from "../i18n/useFormat";

function PipelineTable({ fundId }: { fundId?: string }) {
  const { t } = useTranslation();
  const { money } = useFormat();
  const pipeline = useGrantPipeline(fundId, true);
  return (
    <TitledSection className="kurs-section" id="grant-pipeline" title={t("grants.pipeline.title")}>
      <ListState query={pipeline} empty={t("grants.noProgrammes")}>
        {(data) => (
          <TableScroll label={t("grants.pipeline.title")}>
            <table className="kern-table kern-table--striped" data-testid="grant-pipeline">
              <thead className="kern-table__head">
                <tr className="kern-table__row">
                  <th className="kern-table__header" scope="col">
                    {t("grants.fields.programme")}
                  </th>
                  <th className="kern-table__header" scope="col">
                    {t("grants.pipeline.applications")}
                  </th>
                  <th className="kern-table__header" scope="col">
                    {t("grants.pipeline.asked")}
                  </th>
                  <th className="kern-table__header" scope="col">
                    {t("grants.pipeline.granted")}
                  </th>
                  <th className="kern-table__header" scope="col">
                    {t("grants.pipeline.paid")}
                  </th>
                  <th className="kern-table__header" scope="col">
                    {t("grants.pipeline.proven")}
                  </th>
                  <th className="kern-table__header" scope="col">
                    {t("grants.pipeline.reclaimed")}
                  </th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {data.items.map((p) => (
                  <tr className="kern-table__row" key={p.programmeId}>
                    <th className="kern-table__header" scope="row">
                      {p.programmeTitle}
                    </th>
                    <td className="kern-table__cell">{p.applications}</td>
                    <td className="kern-table__cell">{money(p.askedCents)}</td>
                    <td className="kern-table__cell">{money(p.grantedCents)}</td>
                    <td className="kern-table__cell">{money(p.paidCents)}</td>
                    <td className="kern-table__cell">{money(p.provenCents)}</td>
                    <td className="kern-table__cell">{money(p.reclaimedCents)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </ListState>
    </TitledSection>
  );
}

/**
 * /zuwendungen — the office's pipeline per programme (optionally of one fund: ?fonds=ID) and the
 * applications, or one provider organisation's (?traeger=ID, linked from its partner page) with
 * what was granted and paid; a provider sees only its own and may apply.
 */
export function GrantsPage() {
  const { t } = useTranslation();
  const { money, date } = useFormat();
  const [params] = useSearchParams();
  const fundId = params.get("fonds") ?? undefined;
  const partnerId = params.get("traeger") ?? undefined;
  const me = useMe();
  const role = me.data?.user.role;
  const applications = useGrantApplications({ fundId, partnerId });
  const provider = partnerId ? applications.data?.items[0]?.partnerName : undefined;
  return (
    <Page title={t("grants.title")} lead={t("grants.lead")}>
      {may(role ?? "public", "grants.apply") ? (
        <p>
          <Link className="kern-btn kern-btn--primary" to="/zuwendungen/neu">
            <span className="kern-label">{t("grants.apply")}</span>
          </Link>
        </p>
      ) : null}
      {may(role ?? "public", "grants.decide") ? (
        <p>
          <Link className="kern-link" to="/zuwendungen/programme">
            {t("grantProgrammes.manage")}
          </Link>
        </p>
      ) : null}
      {role && role !== "partner" && !partnerId ? <PipelineTable fundId={fundId} /> : null}
      <section className="kurs-section" aria-labelledby="grant-applications">
        <h2 id="grant-applications" className="kern-heading-medium">
          {partnerId
            ? provider
              ? t("grants.applicationsOf", { name: provider })
              : t("grants.applicationsOfProvider")
            : t("grants.applications")}
        </h2>
        {partnerId ? (
          <p>
            <Link className="kern-link" to="/zuwendungen">
              {t("grants.allApplications")}
            </Link>
          </p>
        ) : null}
        <QueryState query={applications}>
          {(data) =>
            data.items.length ? (
              <ul className="kern-list" data-testid="grant-applications">
                {data.items.map((a) => (
                  <li key={a.id}>
                    <Link className="kern-link" to={`/zuwendungen/antraege/${a.id}`}>
                      {a.title}
                    </Link>{" "}
                    · {a.partnerName} · {t(`grants.state.${a.state}`)} ·{" "}
                    {t("grants.requestedAmount", { amount: money(a.requestedCents) })}
                    {a.grantedCents !== null
                      ? ` · ${t("grants.grantedPaid", { granted: money(a.grantedCents), paid: money(a.paidCents) })}`
                      : ""}
                    {a.proofDueOn ? ` · ${t("grants.proofDue", { date: date(a.proofDueOn) })}` : ""}
                  </li>
                ))}
              </ul>
            ) : (
              <Empty>{t("grants.noApplications")}</Empty>
            )
          }
        </QueryState>
      </section>
    </Page>
  );
}
