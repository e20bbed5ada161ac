import { QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { BrowserRouter, Route, Routes } from "react-router";
import { queryClient } from "./api/queryClient";
import { RequireSignIn } from "./auth/RequireSignIn";
import { Layout } from "./layout/Layout";
import { lazyPage } from "./layout/lazyPage";
import { OverviewPage } from "./overview/OverviewPage";
import { NotFoundPage } from "./placeholders/NotFoundPage";

// Every page but the overview and not-found loads on first visit (layout/lazyPage.ts).
const LoginPage = lazyPage(() => import("./auth/LoginPage"), "LoginPage");
const AccountPage = lazyPage(() => import("./account/AccountPage"), "AccountPage");
const PasswordResetPage = lazyPage(
  () => import("./account/PasswordResetPage"),
  "PasswordResetPage",
);
const AuditPage = lazyPage(() => import("./audit/AuditPage"), "AuditPage");
const CapacityPage = lazyPage(() => import("./capacity/CapacityPage"), "CapacityPage");
const ConceptPage = lazyPage(() => import("./concept/ConceptPage"), "ConceptPage");
const VersionPage = lazyPage(() => import("./concept/VersionPage"), "VersionPage");
const CouncilPage = lazyPage(() => import("./council/CouncilPage"), "CouncilPage");
const PaperPage = lazyPage(() => import("./council/PaperPage"), "PaperPage");
const OParlSyncPage = lazyPage(() => import("./oparl/OParlSyncPage"), "OParlSyncPage");
const DefinitionFormPage = lazyPage(
  () => import("./indicators/DefinitionFormPage"),
  "DefinitionFormPage",
);
const DefinitionsPage = lazyPage(() => import("./indicators/DefinitionsPage"), "DefinitionsPage");
const OfficeOnly = lazyPage(() => import("./indicators/DefinitionsPage"), "OfficeOnly");
const IndicatorImportPage = lazyPage(() => import("./indicators/ImportPage"), "ImportPage");
const IndicatorPage = lazyPage(() => import("./indicators/IndicatorPage"), "IndicatorPage");
const IndicatorsPage = lazyPage(() => import("./indicators/IndicatorsPage"), "IndicatorsPage");
const IndicatorLinksPage = lazyPage(() => import("./indicators/LinksPage"), "LinksPage");
const IndicatorSubmissionPage = lazyPage(
  () => import("./indicators/SubmissionPage"),
  "SubmissionPage",
);
const FundPage = lazyPage(() => import("./ledger/FundPage"), "FundPage");
const FundsPage = lazyPage(() => import("./ledger/FundsPage"), "FundsPage");
const LegalPage = lazyPage(() => import("./legal/LegalPage"), "LegalPage");
const MeasureFormPage = lazyPage(() => import("./measures/MeasureFormPage"), "MeasureFormPage");
const MeasurePage = lazyPage(() => import("./measures/MeasurePage"), "MeasurePage");
const MeasuresPage = lazyPage(() => import("./measures/MeasuresPage"), "MeasuresPage");
const MunicipalitiesPage = lazyPage(
  () => import("./measures/MunicipalitiesPage"),
  "MunicipalitiesPage",
);
const PartnerFormPage = lazyPage(() => import("./measures/PartnerFormPage"), "PartnerFormPage");
const PartnerPage = lazyPage(() => import("./measures/PartnerPage"), "PartnerPage");
const PartnersPage = lazyPage(() => import("./measures/PartnersPage"), "PartnersPage");
const TimelinePage = lazyPage(() => import("./measures/TimelinePage"), "TimelinePage");
const DraftPage = lazyPage(() => import("./reports/DraftPage"), "DraftPage");
const ReportPage = lazyPage(() => import("./reports/ReportPage"), "ReportPage");
const ReportsPage = lazyPage(() => import("./reports/ReportsPage"), "ReportsPage");
const UsersPage = lazyPage(() => import("./users/UsersPage"), "UsersPage");
const CommitteePage = lazyPage(() => import("./council/CommitteePage"), "CommitteePage");
const MeetingPage = lazyPage(() => import("./council/MeetingPage"), "MeetingPage");
const ResolutionsPage = lazyPage(() => import("./council/ResolutionsPage"), "ResolutionsPage");
const CountySettingsPage = lazyPage(
  () => import("./county/CountySettingsPage"),
  "CountySettingsPage",
);
const MunicipalitiesAdminPage = lazyPage(
  () => import("./county/MunicipalitiesAdminPage"),
  "MunicipalitiesAdminPage",
);
const MyTasksPage = lazyPage(() => import("./tasks/MyTasksPage"), "MyTasksPage");
const ProgrammesPage = lazyPage(() => import("./grants/ProgrammesPage"), "ProgrammesPage");
const ProgrammeFormPage = lazyPage(() => import("./grants/ProgrammeFormPage"), "ProgrammeFormPage");
const ProgrammeLinksPage = lazyPage(
  () => import("./grants/ProgrammeLinksPage"),
  "ProgrammeLinksPage",
);
const GrantsPage = lazyPage(() => import("./grants/GrantsPage"), "GrantsPage");
const ApplicationFormPage = lazyPage(
  () => import("./grants/ApplicationFormPage"),
  "ApplicationFormPage",
);
const ApplicationPage = lazyPage(() => import("./grants/ApplicationPage"), "ApplicationPage");
const LinkApplicationPage = lazyPage(
  () => import("./grants/LinkApplicationPage"),
  "LinkApplicationPage",
);

/** A page for the office only: signed in, and admin or coordinator (others see a notice). */
const officePage = (page: ReactNode) => (
  <RequireSignIn>{(me) => <OfficeOnly me={me}>{page}</OfficeOnly>}</RequireSignIn>
);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<OverviewPage />} />
            <Route path="konzept" element={<ConceptPage />} />
            <Route path="konzept/versionen/:id" element={<VersionPage />} />
            <Route path="massnahmen" element={<MeasuresPage />} />
            <Route path="massnahmen/neu" element={<MeasureFormPage />} />
            <Route path="massnahmen/:id" element={<MeasurePage />} />
            <Route path="massnahmen/:id/bearbeiten" element={<MeasureFormPage />} />
            <Route path="partner/:id" element={<PartnerPage />} />
            <Route path="massnahmen/zeitleiste" element={<TimelinePage />} />
            <Route path="massnahmen/gemeinden" element={<MunicipalitiesPage />} />
            <Route path="partner" element={<PartnersPage />} />
            <Route path="partner/neu" element={<PartnerFormPage />} />
            <Route path="partner/:id/bearbeiten" element={<PartnerFormPage />} />
            <Route path="kapazitaet" element={<CapacityPage />} />
            <Route path="haushalt" element={<FundsPage />} />
            <Route path="haushalt/:id" element={<FundPage />} />
            {/* grant programmes and their application links (office; the pages check the role) */}
            <Route path="zuwendungen/programme" element={<ProgrammesPage />} />
            <Route path="zuwendungen/programme/neu" element={<ProgrammeFormPage />} />
            <Route path="zuwendungen/programme/:id/bearbeiten" element={<ProgrammeFormPage />} />
            <Route path="zuwendungen/programme/:id/antragslinks" element={<ProgrammeLinksPage />} />
            <Route path="zuwendungen" element={<GrantsPage />} />
            <Route path="zuwendungen/neu" element={<ApplicationFormPage />} />
            <Route path="zuwendungen/antraege/:id" element={<ApplicationPage />} />
            <Route path="zuwendungen/antraege/:id/bearbeiten" element={<ApplicationFormPage />} />
            <Route path="zuwendungen/antrag/:token" element={<LinkApplicationPage />} />
            <Route
              path="kennzahlen"
              element={<RequireSignIn>{() => <IndicatorsPage />}</RequireSignIn>}
            />
            <Route
              path="kennzahlen/:id"
              element={<RequireSignIn>{() => <IndicatorPage />}</RequireSignIn>}
            />
            <Route path="gremien" element={<CouncilPage />} />
            <Route path="gremien/vorlagen/:id" element={<PaperPage />} />
            <Route path="gremien/gremium/:id" element={<CommitteePage />} />
            <Route path="gremien/sitzungen/:id" element={<MeetingPage />} />
            <Route path="gremien/beschluesse" element={<ResolutionsPage />} />
            {/* committee reports */}
            <Route
              path="berichte"
              element={<RequireSignIn>{() => <ReportsPage />}</RequireSignIn>}
            />
            <Route
              path="berichte/entwuerfe/:id"
              element={<RequireSignIn>{() => <DraftPage />}</RequireSignIn>}
            />
            <Route
              path="berichte/:id"
              element={<RequireSignIn>{() => <ReportPage />}</RequireSignIn>}
            />
            <Route
              path="aufgaben"
              element={<RequireSignIn>{() => <MyTasksPage />}</RequireSignIn>}
            />
            <Route path="impressum" element={<LegalPage topic="imprint" />} />
            <Route path="datenschutz" element={<LegalPage topic="privacy" />} />
            <Route path="barrierefreiheit" element={<LegalPage topic="accessibility" />} />
            <Route path="anmelden" element={<LoginPage />} />
            <Route path="konto" element={<AccountPage />} />
            <Route path="konten" element={<UsersPage />} />
            <Route path="protokoll" element={<AuditPage />} />
            <Route path="landkreis" element={<CountySettingsPage />} />
            <Route path="landkreis/kommunen" element={<MunicipalitiesAdminPage />} />
            <Route path="landkreis/oparl" element={<OParlSyncPage />} />
            <Route path="passwort-zuruecksetzen" element={<PasswordResetPage />} />
            {/* indicators: submission links, import, no-login entry */}
            <Route path="kennzahlen/erfassungslinks" element={<IndicatorLinksPage />} />
            <Route path="kennzahlen/import" element={<IndicatorImportPage />} />
            <Route path="kennzahlen/melden/:token" element={<IndicatorSubmissionPage />} />
            {/* indicators: definitions (office) */}
            <Route path="kennzahlen/verwalten" element={officePage(<DefinitionsPage />)} />
            <Route path="kennzahlen/neu" element={officePage(<DefinitionFormPage />)} />
            <Route path="kennzahlen/:id/bearbeiten" element={officePage(<DefinitionFormPage />)} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
