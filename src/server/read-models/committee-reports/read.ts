/** The committee reports' face for other features (docs/ARCHITECTURE.md, "The fence"). */

export { attachPaperToReport, reportForPaper } from "./draft-service";
export { listDrafts, listDuties } from "./queries";
export { readDutySchedules } from "./schedule-service";
