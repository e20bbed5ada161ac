import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { FollowUp } from "../../contract/follow-up";
import { Empty, QueryState } from "../components/QueryState";
import { sourceLanguage } from "../components/SourceText";
import { useFollowUpRights, useFollowUps } from "../council/followUpsApi";

/**
 * Decision tracking on the overview: how many follow-ups of resolutions are open per committee
 * (and how many of them overdue), each linked to the committee's page. For the office and the
 * committee only; the public sees the follow-ups in the published reports.
 */
export function FollowUpSection() {
  const { t } = useTranslation();
  const rights = useFollowUpRights();
  const query = useFollowUps({ open: "true" }, rights.read);
  if (!rights.read) return null;
  return (
    <section className="kurs-section" aria-labelledby="follow-ups-title" data-testid="follow-ups">
      <h2 id="follow-ups-title" className="kern-heading-large">
        {t("council.followUps.overviewHeading")}
      </h2>
      <p>{t("council.followUps.overviewLead")}</p>
      <QueryState query={query}>
        {(data) => {
          const byCommittee = new Map<string, { name: string; items: FollowUp[] }>();
          for (const f of data.items) {
            const c = f.resolution.committee;
            const entry = byCommittee.get(c.id) ?? { name: c.name, items: [] };
            entry.items.push(f);
            byCommittee.set(c.id, entry);
          }
          if (!byCommittee.size) return <Empty>{t("council.followUps.overviewNone")}</Empty>;
          return (
            <ul className="kern-list">
              {[...byCommittee].map(([id, c]) => {
                const overdue = c.items.filter((f) => f.overdue).length;
                return (
                  <li key={id}>
                    <Link to={`/gremien/gremium/${id}`} className="kern-link" lang={sourceLanguage}>
                      {c.name}
                    </Link>
                    : {t("council.followUps.overviewCount", { count: c.items.length })}
                    {overdue
                      ? `, ${t("council.followUps.overviewOverdue", { count: overdue })}`
                      : ""}
                  </li>
                );
              })}
            </ul>
          );
        }}
      </QueryState>
    </section>
  );
}
