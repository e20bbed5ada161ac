/** The committee reports' face for other features (docs/ARCHITECTURE.md, "The fence"). */
export { listDrafts, listDuties } from "./queries";
