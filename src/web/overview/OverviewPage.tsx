import "./overview.css";
import { useTranslation } from "react-i18next";
import { useOverview } from "../api/queries";
import { Page } from "../components/Page";
import { QueryState } from "../components/QueryState";
import { ActionFieldList } from "./ActionFieldList";
import { AdoptionSection } from "./AdoptionSection";
import { FocusSection } from "./FocusSection";
import { FollowUpSection } from "./FollowUpSection";
import { FundSection } from "./FundSection";
import { OverdueProofSection } from "./OverdueProofSection";
import { PendingPaperSection } from "./PendingPaperSection";
import { RecentMeetings } from "./RecentMeetings";
import { ReportingSection } from "./ReportingSection";

export function OverviewPage() {
  const { t } = useTranslation();
  const overview = useOverview();
  return (
    <Page title={t("overview.title")} lead={t("overview.intro")}>
      <QueryState query={overview}>
        {(data) => (
          <div className="kurs-overview">
            <ActionFieldList fields={data.actionFields} />
            <div className="kurs-columns">
              <FocusSection focus={data.focus} />
              <AdoptionSection concept={data.concept} />
            </div>
            <FundSection funds={data.funds} />
            <ReportingSection duties={data.reportingDuties} />
            <OverdueProofSection proofs={data.overdueProofsOfUse} />
            <FollowUpSection />
            <PendingPaperSection papers={data.pendingPapers} />
            <RecentMeetings meetings={data.recentMeetings} />
          </div>
        )}
      </QueryState>
    </Page>
  );
}
