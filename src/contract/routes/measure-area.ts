import { apiRoute } from "../api-route";
import { idParamsSchema } from "../common";
import { importedCountSchema, importInputSchema, importPreviewSchema } from "../measure-import";
import {
  measureSettingsInputSchema,
  measureSettingsSchema,
  measuresByMunicipalitySchema,
  measureTimelineSchema,
  measureTypeInputSchema,
  measureTypeSchema,
} from "../measure-views";
import {
  measureInputSchema,
  measureListQuerySchema,
  measureListSchema,
  measureOptionsSchema,
  measureRollUpSchema,
  measureSchema,
  progressInputSchema,
  statusChangeInputSchema,
} from "../measures";

/** A table of measures or progress updates: its two exports, the import's check and the import. */
function tableRoutes<const B extends string>(base: B) {
  return {
    csv: apiRoute({ method: "GET", path: `${base}/export.csv`, status: 200 }),
    xlsx: apiRoute({ method: "GET", path: `${base}/export.xlsx`, status: 200 }),
    preview: apiRoute({
      method: "POST",
      path: `${base}/import/preview`,
      body: importInputSchema,
      status: 200,
      response: importPreviewSchema,
    }),
    run: apiRoute({
      method: "POST",
      path: `${base}/import`,
      body: importInputSchema,
      status: 201,
      response: importedCountSchema,
    }),
  };
}

/** Export and import of measures and of progress updates, each as CSV or XLSX. */
export const measureTables = {
  measures: tableRoutes("/measures"),
  progress: tableRoutes("/progress-updates"),
};

/** Measures and their views, measure types, the office's settings. */
export const measureAreaRoutes = {
  listMeasures: apiRoute({
    method: "GET",
    path: "/measures",
    querystring: measureListQuerySchema,
    status: 200,
    response: measureListSchema,
  }),
  getMeasureOptions: apiRoute({
    method: "GET",
    path: "/measures/options",
    status: 200,
    response: measureOptionsSchema,
  }),
  getMeasureRollUp: apiRoute({
    method: "GET",
    path: "/measures/rollup",
    status: 200,
    response: measureRollUpSchema,
  }),
  getMeasure: apiRoute({
    method: "GET",
    path: "/measures/:id",
    params: idParamsSchema,
    status: 200,
    response: measureSchema,
  }),
  createMeasure: apiRoute({
    method: "POST",
    path: "/measures",
    body: measureInputSchema,
    status: 201,
    response: measureSchema,
  }),
  updateMeasure: apiRoute({
    method: "PUT",
    path: "/measures/:id",
    params: idParamsSchema,
    body: measureInputSchema,
    status: 200,
    response: measureSchema,
  }),
  changeMeasureStatus: apiRoute({
    method: "POST",
    path: "/measures/:id/status",
    params: idParamsSchema,
    body: statusChangeInputSchema,
    status: 200,
    response: measureSchema,
  }),
  postMeasureProgress: apiRoute({
    method: "POST",
    path: "/measures/:id/progress",
    params: idParamsSchema,
    body: progressInputSchema,
    status: 201,
    response: measureSchema,
  }),
  getMeasureTimeline: apiRoute({
    method: "GET",
    path: "/measures/timeline",
    status: 200,
    response: measureTimelineSchema,
  }),
  getMeasuresByMunicipality: apiRoute({
    method: "GET",
    path: "/measures/by-municipality",
    status: 200,
    response: measuresByMunicipalitySchema,
  }),
  getMeasureSettings: apiRoute({
    method: "GET",
    path: "/measures/settings",
    status: 200,
    response: measureSettingsSchema,
  }),
  saveMeasureSettings: apiRoute({
    method: "PUT",
    path: "/measures/settings",
    body: measureSettingsInputSchema,
    status: 200,
    response: measureSettingsSchema,
  }),
  addMeasureType: apiRoute({
    method: "POST",
    path: "/measure-types",
    body: measureTypeInputSchema,
    status: 201,
    response: measureTypeSchema,
  }),
  exportMeasuresCsv: measureTables.measures.csv,
  exportMeasuresXlsx: measureTables.measures.xlsx,
  previewMeasureImport: measureTables.measures.preview,
  importMeasures: measureTables.measures.run,
  exportProgressCsv: measureTables.progress.csv,
  exportProgressXlsx: measureTables.progress.xlsx,
  previewProgressImport: measureTables.progress.preview,
  importProgress: measureTables.progress.run,
};
