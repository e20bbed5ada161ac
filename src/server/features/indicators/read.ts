/**
 * The indicators' face for other features (docs/ARCHITECTURE.md, "The fence"): the catalogue,
 * who reports what, the adopted fields and goals, and the submission links still open.
 */
export { deliveredCells, unrevokedLinksOf } from "./link-queries";
export { adoptedFieldsAndGoals, type IndicatorRow, listIndicators, partnerLinks } from "./queries";
