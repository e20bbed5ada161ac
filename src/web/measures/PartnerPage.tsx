import "./measures.css";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { may } from "../../contract/permissions";
import { useMeasureOptions } from "../api/measures";
import { usePartner } from "../api/partners";
import { useMe } from "../auth/session";
import { ExampleBadge } from "../components/Badge";
import { Fact, Facts } from "../components/Facts";
import { Page } from "../components/Page";
import { Empty, QueryState } from "../components/QueryState";
import { MeasureTable } from "./MeasureTable";

/** /partner/:id — a network partner (business contact only) and the measures it takes part in. */
export function PartnerPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const partner = usePartner(id);
  const canEdit = useMeasureOptions().data?.canEdit ?? false;
  const role = useMe().data?.user.role;
  const seesGrants = role !== undefined && role !== "partner" && may(role, "grants.read");
  return (
    <Page title={partner.data?.name ?? t("partner.preline")}>
      <QueryState query={partner}>
        {(p) => (
          <div data-testid="partner-detail">
            <p className="kern-preline">
              {t("partner.preline")} · {t(`partner.kind.${p.kind}`)}
            </p>
            {p.isExample ? <ExampleBadge /> : null}
            <p className="kurs-actions">
              {canEdit ? (
                <Link className="kern-btn kern-btn--secondary" to={`/partner/${p.id}/bearbeiten`}>
                  <span className="kern-label">{t("partners.editButton")}</span>
                </Link>
              ) : null}
              <Link className="kern-link" to="/partner">
                {t("partners.all")}
              </Link>
              {seesGrants ? (
                <Link className="kern-link" to={`/zuwendungen?traeger=${p.id}`}>
                  {t("grants.ofPartner")}
                </Link>
              ) : null}
            </p>
            {p.contactName || p.contactEmail || p.contactPhone || p.website ? (
              <Facts>
                {p.contactName ? <Fact label={t("partner.contact")}>{p.contactName}</Fact> : null}
                {p.contactEmail ? <Fact label={t("partner.email")}>{p.contactEmail}</Fact> : null}
                {p.contactPhone ? <Fact label={t("partner.phone")}>{p.contactPhone}</Fact> : null}
                {p.website ? <Fact label={t("partner.website")}>{p.website}</Fact> : null}
              </Facts>
            ) : null}
            <section className="kurs-section" aria-labelledby="partner-measures">
              <h2 id="partner-measures" className="kern-heading-medium">
                {t("partner.measures")}
              </h2>
              {p.measures.length ? (
                <MeasureTable items={p.measures} total={p.measures.length} />
              ) : (
                <Empty>{t("partner.none")}</Empty>
              )}
            </section>
          </div>
        )}
      </QueryState>
    </Page>
  );
}
