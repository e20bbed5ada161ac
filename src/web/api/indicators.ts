import type {
  Indicator,
  IndicatorInput,
  LinkInput,
  SubmissionInput,
  TargetsInput,
  ValueImportInput,
  ValueInput,
} from "../../contract/indicators";
import { indicatorRoutes as api } from "../../contract/routes/indicators";
import { callRoute } from "./call";
import { useRouteQuery } from "./queries";
import { useWriteRefreshingAll } from "./route-write";

export const useIndicators = () => useRouteQuery(api.listIndicators, {});
export const useIndicator = (id: string) =>
  useRouteQuery(api.getIndicator, id ? { params: { id } } : null);
export const useIndicatorOptions = () => useRouteQuery(api.getIndicatorOptions, {});

export const useEnterValue = (id: string) =>
  useWriteRefreshingAll((body: ValueInput, language) =>
    callRoute(api.enterIndicatorValue, { params: { id }, body }, language),
  );
export const useApproveValues = (id: string) =>
  useWriteRefreshingAll((body: { valueIds: string[] }, language) =>
    callRoute(api.approveIndicatorValues, { params: { id }, body }, language),
  );
export const useSetTargets = (id: string) =>
  useWriteRefreshingAll((body: TargetsInput, language) =>
    callRoute(api.setIndicatorTargets, { params: { id }, body }, language),
  );

// Definitions (office): create, edit, adopt a proposal, drop one.
export const useSaveIndicator = (id: string | null) =>
  useWriteRefreshingAll((body: IndicatorInput, language) =>
    id
      ? callRoute(api.updateIndicator, { params: { id }, body }, language)
      : callRoute(api.createIndicator, { body }, language),
  );

/**
 * Adopts a proposal of the starter catalogue as it stands: reads its full definition and saves it
 * with isProposal false (PUT /indicators/:id replaces the definition, partners included).
 */
export const useAdoptIndicator = (toInput: (indicator: Indicator) => IndicatorInput) =>
  useWriteRefreshingAll(async (id: string, language) => {
    const current = await callRoute(api.getIndicator, { params: { id } }, language);
    return callRoute(
      api.updateIndicator,
      { params: { id }, body: { ...toInput(current), isProposal: false } },
      language,
    );
  });

/** Drops an indicator (e.g. a proposal the county does not want) with its targets and values. */
export const useDropIndicator = () =>
  useWriteRefreshingAll((id: string, language) =>
    callRoute(api.deleteIndicator, { params: { id } }, language),
  );

// Submission links, value import and the no-login entry page.
export const useIndicatorLinks = () => useRouteQuery(api.listIndicatorLinks, {});
export const useCreateLink = () =>
  useWriteRefreshingAll((body: LinkInput, language) =>
    callRoute(api.createIndicatorLink, { body }, language),
  );
export const useRevokeLink = () =>
  useWriteRefreshingAll((id: string, language) =>
    callRoute(api.revokeIndicatorLink, { params: { id } }, language),
  );
export const usePreviewImport = () =>
  useWriteRefreshingAll((body: ValueImportInput, language) =>
    callRoute(api.previewValueImport, { body }, language),
  );
export const useRunImport = () =>
  useWriteRefreshingAll((body: ValueImportInput, language) =>
    callRoute(api.importValues, { body }, language),
  );
export const useSubmissionScope = (token: string) =>
  useRouteQuery(api.getSubmissionScope, token ? { params: { token } } : null);
export const useSubmitValues = (token: string) =>
  useWriteRefreshingAll((body: SubmissionInput, language) =>
    callRoute(api.submitIndicatorValues, { params: { token }, body }, language),
  );
