import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { BrowserRouter, Route, Routes } from "react-router";
import { AccountPage } from "./account/AccountPage";
import { PasswordResetPage } from "./account/PasswordResetPage";
import { ApiError } from "./api/client";
import { AuditPage } from "./audit/AuditPage";
import { LoginPage } from "./auth/LoginPage";
import { RequireSignIn } from "./auth/RequireSignIn";
import { CapacityPage } from "./capacity/CapacityPage";
import { ConceptPage } from "./concept/ConceptPage";
import { VersionPage } from "./concept/VersionPage";
import { CouncilPage } from "./council/CouncilPage";
import { PaperPage } from "./council/PaperPage";
import { CountySettingsPage } from "./county/CountySettingsPage";
// indicators: submission links, import, no-login entry
import { DefinitionFormPage } from "./indicators/DefinitionFormPage";
import { DefinitionsPage, OfficeOnly } from "./indicators/DefinitionsPage";
import { ImportPage as IndicatorImportPage } from "./indicators/ImportPage";
import { IndicatorPage } from "./indicators/IndicatorPage";
import { IndicatorsPage } from "./indicators/IndicatorsPage";
import { LinksPage as IndicatorLinksPage } from "./indicators/LinksPage";
import { SubmissionPage as IndicatorSubmissionPage } from "./indicators/SubmissionPage";
import { Layout } from "./layout/Layout";
import { FundPage } from "./ledger/FundPage";
import { FundsPage } from "./ledger/FundsPage";
import { LegalPage } from "./legal/LegalPage";
import { MeasureFormPage } from "./measures/MeasureFormPage";
import { MeasurePage } from "./measures/MeasurePage";
import { MeasuresPage } from "./measures/MeasuresPage";
import { MunicipalitiesPage } from "./measures/MunicipalitiesPage";
import { PartnerFormPage } from "./measures/PartnerFormPage";
import { PartnerPage } from "./measures/PartnerPage";
import { PartnersPage } from "./measures/PartnersPage";
import { TimelinePage } from "./measures/TimelinePage";
import { OverviewPage } from "./overview/OverviewPage";
import { NotFoundPage } from "./placeholders/NotFoundPage";
// committee reports (issue 8)
import { DraftPage } from "./reports/DraftPage";
import { ReportPage } from "./reports/ReportPage";
import { ReportsPage } from "./reports/ReportsPage";
import { UsersPage } from "./users/UsersPage";

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A 4xx will not fix itself; retry only what may be passing trouble.
      retry: (failureCount, error) =>
        failureCount < 2 && !(error instanceof ApiError && error.status < 500),
    },
  },
});

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
            {/* committee reports (issue 8) */}
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
            <Route path="impressum" element={<LegalPage topic="imprint" />} />
            <Route path="datenschutz" element={<LegalPage topic="privacy" />} />
            <Route path="barrierefreiheit" element={<LegalPage topic="accessibility" />} />
            <Route path="anmelden" element={<LoginPage />} />
            <Route path="konto" element={<AccountPage />} />
            <Route path="konten" element={<UsersPage />} />
            <Route path="protokoll" element={<AuditPage />} />
            <Route path="landkreis" element={<CountySettingsPage />} />
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
